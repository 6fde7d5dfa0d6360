// "Add to timeline…" and accepting a date suggestion: the draft the dialog edits, and saving it as an
// event (with its evidence passage made in the same transaction), then a notice that opens the Timeline.
import { useCallback, useState } from 'react';
import { useAction } from '../../api/useAction';
import { goTo, timelineRoute } from '../../lib/routes';
import { eventInput, type EventDraft } from './eventDraft';
import type { ReaderRefresh } from './readerRefresh';

export function useAddEvent(refresh: ReaderRefresh & { reloadDates: () => Promise<void> }) {
  const [draft, setDraft] = useState<EventDraft | null>(null);
  const saving = useAction();
  const { reloadPassages, reloadDates, onChanged, onNotice } = refresh;
  const { run, setError } = saving;

  const open = useCallback(
    (next: EventDraft) => {
      setError(null);
      setDraft(next);
    },
    [setError],
  );

  const save = useCallback(
    async (edited: EventDraft) => {
      const result = await run('events.create', eventInput(edited), 'The event was not added');
      if (!result.ok) return;
      setDraft(null);
      await Promise.all([reloadPassages(), reloadDates()]);
      onChanged();
      const event = result.value;
      onNotice({
        kind: 'info',
        message: `Added “${event.title}” to the timeline.`,
        action: { label: 'Open in Timeline', run: () => goTo(timelineRoute(event.id)) },
      });
    },
    [run, reloadPassages, reloadDates, onChanged, onNotice],
  );

  return { draft, open, save, cancel: () => setDraft(null), busy: saving.busy, error: saving.error };
}
