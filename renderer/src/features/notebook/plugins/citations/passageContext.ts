/** The text around a quote in its clipping, cut at word boundaries, for a glance at what it says before and after. */
export interface PassageContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * The first place `quote` occurs in `text` with up to `radius` characters either side (whole words,
 * an ellipsis where the text goes on), or null when the quote is no longer in the text.
 */
export function passageContext(text: string, quote: string, radius = 240): PassageContext | null {
  const at = quote === '' ? -1 : text.indexOf(quote);
  if (at < 0) return null;
  const end = at + quote.length;
  let from = Math.max(0, at - radius);
  let to = Math.min(text.length, end + radius);
  // Cut at a space, so no word is shown in half.
  if (from > 0) from = text.indexOf(' ', from) + 1 || at;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  const before = text.slice(Math.min(from, at), at).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(end, to).replace(/\s+/g, ' ').trimEnd();
  return {
    before: (from > 0 ? '… ' : '') + before,
    quote,
    after: after + (to < text.length ? ' …' : ''),
  };
}
