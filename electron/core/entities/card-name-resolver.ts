// Finds the card an imported [[Name]] means: a live card with that name or alias, compared folded
// (foldName). When several cards answer, the one written exactly so wins; if that still leaves a
// choice, none is taken — a wrong mention is worse than plain text the analyst can link later.
import { foldName } from '../../../shared/entities/fold-name';
import type { MentionTarget } from '../../../shared/notes/markdown-to-note';
import type { EntitiesStore } from './store';

export function createCardNameResolver(entities: EntitiesStore): (name: string) => MentionTarget | null {
  return (name) => {
    const folded = foldName(name);
    if (folded === '') return null;
    const candidates = entities.names.cardsFolded(folded);
    const cards = new Set(candidates.map((c) => c.id));
    const exact = new Set(candidates.filter((c) => c.written === name.trim()).map((c) => c.id));
    const chosen = cards.size === 1 ? [...cards][0] : exact.size === 1 ? [...exact][0] : undefined;
    const card = candidates.find((c) => c.id === chosen);
    return card ? { entityId: card.id, name: card.name, entityType: card.type } : null;
  };
}
