import type { TextMap } from './textMap';

/** Makes text[start, end) the document selection (the selection toolbar then shows over it). */
export function selectSpan(map: TextMap, span: { start: number; end: number }): boolean {
  const range = map.rangeOf(span.start, span.end);
  const selection = window.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
