// The Reader's ways onto the timeline: date suggestions for the open clipping, and the "Add to
// timeline" dialog opened from a selection (t) or from an accepted date suggestion.
import { useCallback } from 'react';
import type { Clipping, Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import type { TimelineSuggestion } from '../../../../shared/timeline/types';
import { api } from '../../api/client';
import { draftFromSelection, draftFromSuggestion } from './eventDraft';
import type { ReaderRefresh } from './readerRefresh';
import { useAddEvent } from './useAddEvent';
import { useDateSuggestions } from './useDateSuggestions';
import type { TextSelection } from './useTextSelection';

export function useReaderEvents(options: {
  clipping: Clipping;
  passages: readonly Passage[] | null;
  entitySuggestions: readonly EntitySuggestion[] | null;
  refresh: ReaderRefresh;
}) {
  const { clipping, passages, entitySuggestions, refresh } = options;
  const dates = useDateSuggestions(clipping.id, refresh.onNotice);
  const addEvent = useAddEvent({ ...refresh, reloadDates: dates.reload });
  const { open } = addEvent;
  const datesList = dates.dates;

  /** Pressed before the suggestions arrived (t right after opening), the dialog waits for them rather than open without a date. */
  const fromSelection = useCallback(
    async (selection: TextSelection) => {
      const span = { start: selection.start, end: selection.end };
      const [dateList, mentions] = await Promise.all([
        datesList ?? api.call('timeline.suggest', { clippingId: clipping.id }).then((r) => (r.ok ? r.value : [])),
        entitySuggestions ?? api.call('entities.suggest', { clippingId: clipping.id }).then((r) => (r.ok ? r.value : [])),
      ]);
      open(draftFromSelection(clipping, span, { passages: passages ?? [], entitySuggestions: mentions, dates: dateList }));
    },
    [open, clipping, passages, entitySuggestions, datesList],
  );

  const fromSuggestion = useCallback(
    (suggestion: TimelineSuggestion) => open(draftFromSuggestion(clipping, suggestion, passages ?? [])),
    [open, clipping, passages],
  );

  return { dates, addEvent, fromSelection, fromSuggestion };
}
