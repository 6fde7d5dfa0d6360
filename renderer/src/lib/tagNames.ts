import { MAX_TAG_CHARS } from '../../../shared/limits';

/** "syria, Convoy ,syria" → ["syria", "Convoy"]: comma-separated, trimmed, each once (case-insensitively). */
export function parseTagList(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** A message for the first tag that is too long, or null. */
export function tagListProblem(tags: readonly string[]): string | null {
  const long = tags.find((tag) => tag.length > MAX_TAG_CHARS);
  return long ? `“${long.slice(0, 30)}…” is longer than ${MAX_TAG_CHARS} characters; shorten the tag.` : null;
}
