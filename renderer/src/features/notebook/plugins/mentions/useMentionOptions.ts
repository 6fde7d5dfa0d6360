import { ENTITY_TYPES } from '../../../../../../shared/domain';
import { useCall } from '../../../../api/useCall';
import { MentionOption } from './mentionOption';

const SHOWN_CARDS = 8;

/**
 * The typeahead's rows for a query: matching cards (the core folds case, diacritics, al-/el- and
 * transliterations, and searches aliases), then "Create card" in each type unless a card has that very name.
 */
export function useMentionOptions(query: string | null): MentionOption[] {
  const trimmed = query?.trim() ?? '';
  // The first cards by name, for the menu before a name is typed (asked once while the menu is open).
  const first = useCall('entities.list', query !== null ? { limit: SHOWN_CARDS } : null);
  const found = useCall('entities.find', query !== null && trimmed !== '' ? { query: trimmed, limit: SHOWN_CARDS } : null);

  if (query === null) return [];
  // While the answer for this query is on its way, the last one stays (no flicker); a failed search offers no cards.
  const cards = trimmed === '' ? first.value?.items : found.error && !found.loading ? [] : (found.value ?? first.value?.items);
  const options = (cards ?? []).map((entity) => new MentionOption({ kind: 'card', entity }));
  const named = (cards ?? []).some((e) => e.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  if (trimmed !== '' && !named) for (const type of ENTITY_TYPES) options.push(new MentionOption({ kind: 'create', name: trimmed, type }));
  return options;
}
