// Word-level F1 between two texts, as the Readability corpus test scores pages: both sides are
// tokenised the same way (lower-case runs of letters and digits), and words match as a multiset.

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function wordF1(candidate: string, reference: string): number {
  const ours = words(candidate);
  const theirs = words(reference);
  if (ours.length === 0 && theirs.length === 0) return 1;
  if (ours.length === 0 || theirs.length === 0) return 0;
  const remaining = new Map<string, number>();
  for (const word of theirs) remaining.set(word, (remaining.get(word) ?? 0) + 1);
  let overlap = 0;
  for (const word of ours) {
    const left = remaining.get(word) ?? 0;
    if (left > 0) {
      overlap++;
      remaining.set(word, left - 1);
    }
  }
  const precision = overlap / ours.length;
  const recall = overlap / theirs.length;
  return overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
