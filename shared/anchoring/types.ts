// A passage's anchor, after the W3C Web Annotation selectors. Offsets are UTF-16 code units into
// a clipping's stored plain text; `end` is exclusive.

/** The quoted text with up to CONTEXT_CHARS of context either side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface PassageAnchor {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Where a passage sits in the current text:
 * - exact: the stored position still holds the quote;
 * - moved: the quote, unchanged, was found elsewhere;
 * - fuzzy: text close to the quote was found (the quote itself was edited);
 * - orphaned: nothing close enough; the caller keeps the quote and shows it as orphaned.
 */
export type AnchorResult = { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number } | { status: 'orphaned' };

export type AnchorStatus = AnchorResult['status'];
