// What the selection bar does to the selected rows: move them to the Trash (with Undo), restore them,
// tag them. Each resolves the selection to ids first, then says what changed.
import { useCallback, useState } from 'react';
import { useAction } from '../../api/useAction';
import type { NoticeState } from '../../components/Notice';
import { countOf } from '../../lib/format';
import type { ClippingPageCache } from './clippingPageCache';
import { selectedCount, type RowSelection } from './selection';

export function useBulkActions(options: {
  cache: ClippingPageCache;
  selection: RowSelection;
  trash: boolean;
  onNotice: (notice: NoticeState | null) => void;
  onChanged: () => void;
}) {
  const { cache, selection, trash, onNotice, onChanged } = options;
  const { run } = useAction();
  const [working, setWorking] = useState<string | null>(null);
  const [tagging, setTagging] = useState(false);
  const count = selectedCount(selection);

  /** Resolves the selection to ids, runs a bulk method, and reports what changed. */
  const runOnSelection = useCallback(
    async (label: string, act: (ids: string[]) => Promise<NoticeState | string>): Promise<string | null> => {
      setWorking(label);
      const ids = await cache.idsIn(selection.ranges);
      if (!ids.ok) {
        setWorking(null);
        return ids.error.message;
      }
      const outcome = await act(ids.value);
      setWorking(null);
      if (typeof outcome === 'string') return outcome;
      onNotice(outcome);
      onChanged();
      return null;
    },
    [cache, selection, onNotice, onChanged],
  );

  const restore = useCallback(
    async (ids: string[]): Promise<NoticeState | string> => {
      const result = await run('clippings.restore', { ids });
      return result.ok ? { kind: 'info', message: `Restored ${countOf(result.value.count, 'clipping')} to the Library.` } : result.error.message;
    },
    [run],
  );

  const undoTrash = useCallback(
    (ids: string[]) =>
      void restore(ids).then((outcome) => {
        if (typeof outcome === 'string') return onNotice({ kind: 'error', message: outcome });
        onNotice(outcome);
        onChanged();
      }),
    [restore, onNotice, onChanged],
  );

  const moveToTrash = useCallback(async () => {
    if (count === 0 || trash) return;
    const failure = await runOnSelection(`Moving ${countOf(count, 'clipping')} to the Trash…`, async (ids) => {
      const result = await run('clippings.trash', { ids });
      if (!result.ok) return result.error.message;
      return { kind: 'info', message: `Moved ${countOf(result.value.count, 'clipping')} to the Trash.`, action: { label: 'Undo', run: () => undoTrash(ids) } };
    });
    if (failure) onNotice({ kind: 'error', message: `Nothing was moved to the Trash: ${failure}` });
  }, [count, trash, runOnSelection, run, undoTrash, onNotice]);

  const restoreSelection = useCallback(async () => {
    if (count === 0 || !trash) return;
    const failure = await runOnSelection(`Restoring ${countOf(count, 'clipping')}…`, restore);
    if (failure) onNotice({ kind: 'error', message: `Nothing was restored: ${failure}` });
  }, [count, trash, runOnSelection, restore, onNotice]);

  const applyTags = useCallback(
    (change: { add: string[]; remove: string[] }) =>
      runOnSelection('Tagging…', async (ids) => {
        const result = await run('clippings.tag', { ids, ...change });
        if (!result.ok) return result.error.message;
        setTagging(false);
        return { kind: 'info', message: `Updated the tags of ${countOf(result.value.count, 'clipping')}.` };
      }),
    [runOnSelection, run],
  );

  return { count, working, tagging, setTagging, moveToTrash, restoreSelection, applyTags };
}
