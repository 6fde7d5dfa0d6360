// Two long lists of records joined by a separator, in the same order (an index's order): the
// records of `after` in the span where the two differ. Everything before the first difference and
// after the last is the same in both, so only that span is split and looked at: one renamed,
// added or removed record costs its span, not the whole list.

/** Compared a chunk at a time first: comparing equal substrings is far faster than a loop over characters. */
const CHUNK = 4096;

function commonPrefix(a: string, b: string, most: number): number {
  let at = 0;
  while (at + CHUNK <= most && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, most: number): number {
  let length = 0;
  while (length + CHUNK <= most && a.slice(a.length - length - CHUNK, a.length - length) === b.slice(b.length - length - CHUNK, b.length - length))
    length += CHUNK;
  while (length < most && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}

/** The records of `after` that are not at the same place in `before` (a superset of the changed ones). */
export function changedRecords(before: string, after: string, separator: string): string[] {
  if (before === after) return [];
  const shortest = Math.min(before.length, after.length);
  const prefix = commonPrefix(before, after, shortest);
  const suffix = commonSuffix(before, after, shortest - prefix);
  // Widen the span to whole records: from the separator before it to the one after it.
  const start = after.lastIndexOf(separator, prefix - 1) + 1;
  const endAt = after.indexOf(separator, after.length - suffix);
  const span = after.slice(start, endAt < 0 ? after.length : endAt);
  return span === '' ? [] : span.split(separator);
}
