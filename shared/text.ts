// Pure text helpers used when a clipping is created and listed.

const TITLE_MAX = 200;

/** The title a clipping gets when none is given: its first non-empty line, shortened. */
export function titleFromText(text: string): string {
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  return shorten(firstLine, TITLE_MAX);
}

export function excerptOf(text: string, maxChars = 240): string {
  return shorten(text.replace(/\s+/gu, ' ').trim(), maxChars);
}

export function countWords(text: string): number {
  // Counted as they match, not listed first: a 20 MB text has millions of words.
  const pattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
