import { useEffect } from 'react';
import type { ClippingMention, Passage } from '../../../../shared/domain';
import { clearHighlights, paintHighlights, type HighlightLayer } from './highlights';
import type { SuggestionGroup } from './suggestionGroups';
import type { TextMap } from './textMap';

/** Paints the clipping's passages in their colours, mentions and open suggestions as underlines, and the focused span. */
export function useArticleHighlights(
  map: TextMap | null,
  passages: readonly Passage[] | null,
  groups: readonly SuggestionGroup[] | null,
  focus: { start: number; end: number } | null,
  pending: { start: number; end: number } | null,
  mentions: readonly ClippingMention[] | null = null,
): void {
  useEffect(() => {
    if (!map) return;
    const layers: Partial<Record<HighlightLayer, Range[]>> = {};
    const add = (layer: HighlightLayer, span: { start: number | null; end: number | null }) => {
      if (span.start === null || span.end === null) return;
      const range = map.rangeOf(span.start, span.end);
      if (range) (layers[layer] ??= []).push(range);
    };
    for (const passage of passages ?? []) add(`passage-${passage.color}`, passage);
    for (const mention of mentions ?? []) add('mention', mention);
    for (const group of groups ?? []) if (!group.linked) for (const occurrence of group.occurrences) add('suggestion', occurrence);
    if (focus) add('passage-active', focus);
    if (pending) add('passage-pending', pending);
    paintHighlights(layers);
  }, [map, passages, groups, focus, pending, mentions]);

  useEffect(() => clearHighlights, []);
}
