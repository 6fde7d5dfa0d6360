// Edits to the open clipping from its Details: a field saved, moved to the Trash, restored.
import { useCallback, useState } from 'react';
import type { ClippingPatch } from '../../../../shared/contract';
import type { Clipping } from '../../../../shared/domain';
import { useAction } from '../../api/useAction';
import type { SaveStatusState } from '../../components/SaveStatus';

export function useClippingEdits(clippingId: string, onReplaced: (clipping: Clipping) => void, onChanged: () => void) {
  const [status, setStatus] = useState<SaveStatusState>(null);
  const { run } = useAction();

  /** Answers the core's message when refused, or null once saved. */
  const save = useCallback(
    async (patch: ClippingPatch): Promise<string | null> => {
      const result = await run('clippings.update', { id: clippingId, patch });
      if (!result.ok) {
        setStatus({ kind: 'error', message: `Not saved: ${result.error.message}` });
        return result.error.message;
      }
      onReplaced(result.value);
      setStatus({ kind: 'saved', message: 'Saved' });
      onChanged();
      return null;
    },
    [run, clippingId, onReplaced, onChanged],
  );

  const moveTo = useCallback(
    async (where: 'trash' | 'restore') => {
      const result = await run(where === 'trash' ? 'clippings.trash' : 'clippings.restore', { ids: [clippingId] });
      if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
      const again = await run('clippings.get', { id: clippingId });
      if (again.ok) onReplaced(again.value);
      setStatus({ kind: 'saved', message: where === 'trash' ? 'Moved to the Trash' : 'Restored to the Library' });
      onChanged();
    },
    [run, clippingId, onReplaced, onChanged],
  );

  return { status, save, moveTo };
}
