import { useCallback, useRef, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import type { EntityCard } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { useCall } from '../../../api/useCall';

export type EntityPatch = InputOf<'entities.update'>['patch'];
export type SaveStatus = { kind: 'saved' | 'error'; message: string } | null;

const GONE = 'This card no longer exists: it was deleted or merged into another.';

/**
 * The open card, reloaded when the library changes; `save` writes a patch and answers an error message
 * (or null), and leaves a visible Saved / error status.
 */
export function useEntityCard(id: string, revision: number, onChanged: () => void) {
  const loaded = useCall('entities.get', { id }, { refresh: revision });
  const { run } = useAction();
  // The card as a save answered it, shown until the next read of the card replaces the one it followed.
  const [saved, setSaved] = useState<{ card: EntityCard; after: EntityCard | null } | null>(null);
  // A different card starts without the last one's status.
  const [status, setStatus] = useState<{ id: string; status: SaveStatus } | null>(null);
  const latest = useRef({ id, value: loaded.value });
  latest.current = { id, value: loaded.value };

  const save = useCallback(
    async (patch: EntityPatch): Promise<string | null> => {
      const result = await run('entities.update', { id, patch });
      if (latest.current.id !== id) return null;
      if (!result.ok) {
        setStatus({ id, status: { kind: 'error', message: `Not saved: ${result.error.message}` } });
        return result.error.message;
      }
      setSaved({ card: result.value, after: latest.current.value });
      setStatus({ id, status: { kind: 'saved', message: 'Saved' } });
      onChanged();
      return null;
    },
    [id, onChanged, run],
  );

  const card = saved && saved.after === loaded.value && saved.card.id === id ? saved.card : loaded.value;
  const loadError = loaded.error === null ? null : loaded.errorCode === 'not_found' ? GONE : loaded.error;
  return { card, loadError, status: status?.id === id ? status.status : null, save };
}
