// Finds the card an imported [[Name]] means: a live card with that name or alias, compared folded
// (foldName). When several cards answer, the one written exactly so wins; if that still leaves a
// choice, none is taken — a wrong mention is worse than plain text the analyst can link later.
import type Database from 'better-sqlite3';
import type { EntityType } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import type { MentionTarget } from '../../../shared/notes/markdown-to-note';

interface Candidate {
  id: string;
  name: string;
  type: EntityType;
  written: string;
}

export function createCardNameResolver(db: Database.Database): (name: string) => MentionTarget | null {
  const byFolded = db.prepare(`
    SELECT e.id, e.name, e.type, n.name AS written FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.merged_into IS NULL ORDER BY e.id`);
  return (name) => {
    const folded = foldName(name);
    if (folded === '') return null;
    const candidates = byFolded.all(folded) as Candidate[];
    const cards = new Set(candidates.map((c) => c.id));
    const exact = new Set(candidates.filter((c) => c.written === name.trim()).map((c) => c.id));
    const chosen = cards.size === 1 ? [...cards][0] : exact.size === 1 ? [...exact][0] : undefined;
    const card = candidates.find((c) => c.id === chosen);
    return card ? { entityId: card.id, name: card.name, entityType: card.type } : null;
  };
}
