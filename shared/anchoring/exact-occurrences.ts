/**
 * Start offsets of occurrences of `quote` in `text`, overlapping ones included. With a limit, stops
 * after limit + 1 hits, enough to tell that there are too many.
 */
export function findExactOccurrences(text: string, quote: string, limit = Infinity): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = text.indexOf(quote); at !== -1 && starts.length <= limit; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}
