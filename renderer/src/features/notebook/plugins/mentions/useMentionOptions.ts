import { useEffect, useState } from 'react';
import { ENTITY_TYPES, type EntitySummary } from '../../../../../../shared/domain';
import { api } from '../../../../api/client';
import { MentionOption } from './mentionOption';

const SHOWN_CARDS = 8;

/**
 * The typeahead's rows for a query: matching cards (the core folds case, diacritics, al-/el- and
 * transliterations, and searches aliases), then "Create card" in each type unless a card has that very name.
 */
export function useMentionOptions(query: string | null): MentionOption[] {
  const [cards, setCards] = useState<{ query: string; found: EntitySummary[] } | null>(null);

  useEffect(() => {
    if (query === null) return;
    let current = true;
    const trimmed = query.trim();
    const request =
      trimmed === ''
        ? api.call('entities.list', { limit: SHOWN_CARDS }).then((r) => (r.ok ? { ok: true as const, value: r.value.items } : r))
        : api.call('entities.find', { query: trimmed, limit: SHOWN_CARDS });
    void request.then((result) => {
      if (current) setCards({ query, found: result.ok ? result.value : [] });
    });
    return () => {
      current = false;
    };
  }, [query]);

  if (query === null) return [];
  const trimmed = query.trim();
  // While the answer for this query is on its way, the last one stays (no flicker).
  const found = cards?.found ?? [];
  const options = found.map((entity) => new MentionOption({ kind: 'card', entity }));
  const named = found.some((e) => e.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  if (trimmed !== '' && !named) for (const type of ENTITY_TYPES) options.push(new MentionOption({ kind: 'create', name: trimmed, type }));
  return options;
}
