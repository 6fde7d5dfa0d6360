// Passages, mentions and suggestions are painted with the CSS Custom Highlight API: ranges over the article's
// own text nodes, so the article's DOM (and with it the text map) is never rewritten to show them.
import { PASSAGE_COLORS, type PassageColor } from '../../../../shared/domain';
import { canPaintHighlights } from '../../lib/highlightSupport';

export type HighlightLayer = `passage-${PassageColor}` | 'passage-active' | 'passage-pending' | 'suggestion' | 'mention';

const LAYERS: readonly HighlightLayer[] = [...PASSAGE_COLORS.map((c) => `passage-${c}` as const), 'passage-active', 'passage-pending', 'suggestion', 'mention'];
/** Later layers draw over earlier ones. */
const PRIORITY: Partial<Record<HighlightLayer, number>> = { suggestion: 0, mention: 0, 'passage-active': 2, 'passage-pending': 3 };

/** Replaces every Reader highlight with the given ranges; layers not given are cleared. */
export function paintHighlights(ranges: Partial<Record<HighlightLayer, Range[]>>): void {
  if (!canPaintHighlights) return;
  for (const layer of LAYERS) {
    const list = ranges[layer] ?? [];
    if (list.length === 0) {
      CSS.highlights.delete(layer);
      continue;
    }
    const highlight = new Highlight(...list);
    highlight.priority = PRIORITY[layer] ?? 1;
    CSS.highlights.set(layer, highlight);
  }
}

export function clearHighlights(): void {
  paintHighlights({});
}
