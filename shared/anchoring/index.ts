// Text anchoring for passages: describe a selection as W3C-style selectors, and find it again after
// the stored text changed. Pure functions over UTF-16 strings; no DOM, no Node APIs.

export { anchor } from './anchor';
export { AnchorError, type AnchorErrorReason } from './anchor-error';
export { describeSelection } from './describe-selection';
export { CONTEXT_CHARS, MAX_PASSAGE_CHARS, MAX_QUOTE_ERROR_RATIO, maxQuoteErrors } from './limits';
export type { AnchorResult, AnchorStatus, PassageAnchor, TextPositionSelector, TextQuoteSelector } from './types';
