// Find (in a note, in the Reader): where a query occurs in a text, case-insensitively, and moving between hits.

export interface TextMatch {
  start: number;
  end: number;
}

/** More hits than anyone steps through; the count says "1,000+" beyond it. */
export const MAX_FIND_MATCHES = 1000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Every non-overlapping occurrence of `query` in `text`, ignoring case, at most `limit`. */
export function findMatches(text: string, query: string, limit = MAX_FIND_MATCHES): TextMatch[] {
  if (query.length === 0) return [];
  // A regular expression with the i flag keeps offsets in the original text (lower-casing may not).
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    matches.push({ start: match.index, end: match.index + match[0].length });
    if (matches.length >= limit) break;
  }
  return matches;
}

/** The next (or previous) hit, wrapping round; -1 when there are none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** "3 of 12", "No matches", "1 of 1,000+". */
export function describeMatches(current: number, count: number, limit = MAX_FIND_MATCHES): string {
  if (count === 0) return 'No matches';
  const total = count >= limit ? `${limit.toLocaleString('en-US')}+` : count.toLocaleString('en-US');
  return `${(current + 1).toLocaleString('en-US')} of ${total}`;
}
