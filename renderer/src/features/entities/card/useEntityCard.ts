import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import type { EntityCard } from '../../../../../shared/domain';
import { api } from '../../../api/client';

export type EntityPatch = InputOf<'entities.update'>['patch'];
export type SaveStatus = { kind: 'saved' | 'error'; message: string } | null;

/**
 * The open card, reloaded when the library changes; `save` writes a patch and answers an error message
 * (or null), and leaves a visible Saved / error status.
 */
export function useEntityCard(id: string, revision: number, onChanged: () => void) {
  const [card, setCard] = useState<EntityCard | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);
  const idRef = useRef(id);
  idRef.current = id;

  useEffect(() => {
    let stale = false;
    void api.call('entities.get', { id }).then((result) => {
      if (stale) return;
      if (result.ok) {
        setCard(result.value);
        setLoadError(null);
      } else {
        setCard(null);
        setLoadError(result.error.code === 'not_found' ? 'This card no longer exists: it was deleted or merged into another.' : result.error.message);
      }
    });
    return () => {
      stale = true;
    };
  }, [id, revision]);

  // A different card starts without the last one's status.
  useEffect(() => setStatus(null), [id]);

  const save = useCallback(
    async (patch: EntityPatch): Promise<string | null> => {
      const result = await api.call('entities.update', { id, patch });
      if (idRef.current !== id) return null;
      if (!result.ok) {
        setStatus({ kind: 'error', message: `Not saved: ${result.error.message}` });
        return result.error.message;
      }
      setCard(result.value);
      setStatus({ kind: 'saved', message: 'Saved' });
      onChanged();
      return null;
    },
    [id, onChanged],
  );

  return { card, loadError, status, save };
}
