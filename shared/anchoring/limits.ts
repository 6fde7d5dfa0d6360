// Sizes that define an anchor. Changing CONTEXT_CHARS changes what new anchors store; old anchors
// keep working because matching reads the stored prefix and suffix, whatever their length.

/** Characters of context kept either side of a quote (the prefix and suffix). */
export const CONTEXT_CHARS = 32;

/** Longest passage an analyst may mark, in UTF-16 code units. */
export const MAX_PASSAGE_CHARS = 10_000;

/** A fuzzy match may differ from the quote by at most this share of the quote's length. */
export const MAX_QUOTE_ERROR_RATIO = 0.25;

/** Edits a fuzzy match of a quote this long may contain (0 for quotes under 4 characters). */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_QUOTE_ERROR_RATIO);
}
