import type { EntitySummary } from '../../../shared/domain';
import { api } from '../api/client';
import { useLoad } from '../api/useCall';

/** How long typing may pause before the core is asked: fewer requests while a name is typed. */
const FIND_DELAY_MS = 120;
const RESULT_LIMIT = 20;

/**
 * Cards for the query: a fuzzy find while typing, the first cards by name while the box is empty.
 * The results on hand stay while newer ones load; `searching` is true until they answer this query.
 */
export function useEntitySearch(query: string): { results: EntitySummary[] | null; error: string | null; searching: boolean } {
  const trimmed = query.trim();
  const search = useLoad<EntitySummary[]>(
    JSON.stringify(trimmed),
    async () => {
      if (trimmed !== '') return api.call('entities.find', { query: trimmed, limit: RESULT_LIMIT });
      const first = await api.call('entities.list', { offset: 0, limit: RESULT_LIMIT });
      return first.ok ? { ok: true, value: first.value.items } : first;
    },
    { delayMs: trimmed === '' ? 0 : FIND_DELAY_MS, failure: 'Could not search the cards' },
  );
  return { results: search.value, error: search.error, searching: search.loading };
}
