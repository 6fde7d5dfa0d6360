import { ENTITY_TYPES } from '../../../../../../shared/domain';
import { useCall } from '../../../../api/useCall';
import { MentionOption } from './mentionOption';

const SHOWN_CARDS = 8;
const SHOWN_EVENTS = 5;

/**
 * The typeahead's rows for a query: matching cards (the core folds case, diacritics, al-/el- and
 * transliterations, and searches aliases), then timeline events by title, then "Create card" in each
 * type unless a card has that very name.
 */
export function useMentionOptions(query: string | null): MentionOption[] {
  const trimmed = query?.trim() ?? '';
  // The first cards by name, for the menu before a name is typed (asked once while the menu is open).
  const first = useCall('entities.list', query !== null ? { limit: SHOWN_CARDS } : null);
  const found = useCall('entities.find', query !== null && trimmed !== '' ? { query: trimmed, limit: SHOWN_CARDS } : null);
  const events = useCall('events.find', query !== null && trimmed !== '' ? { query: trimmed, limit: SHOWN_EVENTS } : null);

  if (query === null) return [];
  // While the answer for this query is on its way, the last one stays (no flicker); a failed search offers no cards.
  const cards = trimmed === '' ? first.value?.items : found.error && !found.loading ? [] : (found.value ?? first.value?.items);
  const options = (cards ?? []).map((entity) => new MentionOption({ kind: 'card', entity }));
  // Events only for a typed query; a failed event search offers none rather than hiding the cards.
  if (trimmed !== '' && !(events.error && !events.loading)) for (const event of events.value ?? []) options.push(new MentionOption({ kind: 'event', event }));
  const named = (cards ?? []).some((e) => e.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  if (trimmed !== '' && !named) for (const type of ENTITY_TYPES) options.push(new MentionOption({ kind: 'create', name: trimmed, type }));
  return options;
}
