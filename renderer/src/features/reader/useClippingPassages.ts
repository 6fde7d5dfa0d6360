import { useCallback, useEffect, useState } from 'react';
import type { Passage } from '../../../../shared/domain';
import { api } from '../../api/client';

const PAGE = 500;

/** Every passage of a clipping, in text order (orphaned ones last), reloaded on demand. */
export function useClippingPassages(clippingId: string) {
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const all: Passage[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const result = await api.call('passages.list', { clippingId, offset, limit: PAGE });
      if (!result.ok) return setError(`The passages could not be loaded: ${result.error.message}`);
      all.push(...result.value.items);
      if (all.length >= result.value.total || result.value.items.length === 0) break;
    }
    setError(null);
    setPassages(all.sort(inTextOrder));
  }, [clippingId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { passages, error, reload };
}

function inTextOrder(a: Passage, b: Passage): number {
  return (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || a.createdAt.localeCompare(b.createdAt);
}
