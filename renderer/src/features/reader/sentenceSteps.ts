// Which sentence the Reader's `s` and Shift+S select: stepping through the clipping's sentences from
// the current selection, or from the reading position (where the last selection ended) when none.
import type { TextSpan } from '../../../../shared/timeline/sentences';

/**
 * `s`: with a selection that is a whole sentence (or more), the sentence after it; with a smaller
 * one, the sentence it starts in; with none, the sentence at or after the reading position.
 */
export function nextSentence(spans: readonly TextSpan[], from: { selection: TextSpan | null; position: number }): TextSpan | null {
  const { selection, position } = from;
  if (!selection) return spans.find((s) => s.end > position) ?? null;
  const holding = spans.find((s) => s.start <= selection.start && selection.start < s.end);
  if (holding && !covers(selection, holding)) return holding;
  return spans.find((s) => s.start >= selection.end) ?? null;
}

/** Shift+S: the sentence before the selection (or before the reading position when none). */
export function previousSentence(spans: readonly TextSpan[], from: { selection: TextSpan | null; position: number }): TextSpan | null {
  const { selection, position } = from;
  if (!selection) return findLast(spans, (s) => s.start < position);
  return findLast(spans, (s) => s.end <= selection.start);
}

function covers(outer: TextSpan, inner: TextSpan): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}

function findLast(spans: readonly TextSpan[], test: (span: TextSpan) => boolean): TextSpan | null {
  for (let i = spans.length - 1; i >= 0; i--) if (test(spans[i]!)) return spans[i]!;
  return null;
}
