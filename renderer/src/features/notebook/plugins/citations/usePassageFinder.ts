import { useEffect, useMemo, useState } from 'react';
import type { Passage } from '../../../../../../shared/domain';
import { api } from '../../../../api/client';

/** How many of the newest passages the finder offers; older ones are reached from the Reader. */
const FINDER_LIMIT = 500;

/** The newest passages, filtered by the words typed (each word in the quote, label, comment or title). */
export function usePassageFinder(filter: string): { passages: Passage[] | null; error: string | null } {
  const [all, setAll] = useState<Passage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('passages.list', { limit: FINDER_LIMIT }).then((result) => {
      if (!current) return;
      if (result.ok) setAll(result.value.items);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);
  const passages = useMemo(() => {
    if (!all) return null;
    const words = filter.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
    if (words.length === 0) return all;
    return all.filter((p) => {
      const text = [p.exact, p.label, p.comment, p.clippingTitle].join(' ').toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [all, filter]);
  return { passages, error };
}
