// Accepting entity suggestions for a clipping: each span becomes a passage (or reuses the one
// already marked over it) linked to its card — the chosen card, else the live card of that type with
// that name, else a new card. All suggestions of one call in one transaction: all or nothing.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AcceptSuggestionsResult, EntityRef, EntityType } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { NotebookError } from '../../../shared/errors';
import type { EntityStore } from './entity-store';
import type { createPassagesService } from './passages';

type Input = ParsedInputOf<'entities.acceptSuggestions'>;
type Suggestion = Input['suggestions'][number];

export function createAcceptSuggestions(db: Database.Database, store: EntityStore, passages: ReturnType<typeof createPassagesService>) {
  const clippingText = db.prepare('SELECT text FROM clippings WHERE id = ?');
  const cardNamed = db.prepare(`
    SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
    WHERE n.folded = ? AND e.type = ? AND e.merged_into IS NULL
    ORDER BY n.is_primary DESC, e.created_at, e.id LIMIT 1`);
  const link = db.prepare('INSERT OR IGNORE INTO passage_entities (passage_id, entity_id) VALUES (?, ?)');

  /** The card a suggestion names; cards made earlier in this call are found like any other. */
  function cardFor(suggestion: Suggestion, field: string): { id: string; created: boolean } {
    if (suggestion.entityId !== null) return { id: store.live(suggestion.entityId, `${field}.entityId`).id, created: false };
    const folded = foldName(suggestion.name);
    const found = folded === '' ? undefined : (cardNamed.get(folded, suggestion.type) as { id: string } | undefined);
    if (found) return { id: found.id, created: false };
    return { id: store.insert({ type: suggestion.type as EntityType, name: suggestion.name }), created: true };
  }

  return db.transaction((input: Input): AcceptSuggestionsResult => {
    const clipping = clippingText.get(input.clippingId) as { text: string } | undefined;
    if (!clipping) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}; it may have been deleted.`, 'clippingId');
    const linked = new Set<string>();
    const entities = new Map<string, EntityRef>();
    let createdCount = 0;
    input.suggestions.forEach((suggestion, index) => {
      const field = `suggestions.${index}`;
      checkSpan(clipping.text, suggestion, field);
      const card = cardFor(suggestion, field);
      if (card.created) createdCount++;
      const spanKey = foldName(suggestion.text);
      if (spanKey !== '' && !store.names(card.id).some((n) => n.folded === spanKey)) store.addAlias(card.id, suggestion.text.trim());
      const passageId =
        passages.idAt(input.clippingId, suggestion.start, suggestion.end) ??
        passages.create({ clippingId: input.clippingId, start: suggestion.start, end: suggestion.end, color: 'yellow', label: null, comment: null }).id;
      link.run(passageId, card.id);
      linked.add(passageId);
      if (!entities.has(card.id)) entities.set(card.id, store.ref(store.live(card.id)));
    });
    return { passageCount: linked.size, createdCount, entities: [...entities.values()] };
  });
}

function checkSpan(text: string, suggestion: Suggestion, field: string): void {
  const { start, end } = suggestion;
  if (!(start < end && end <= text.length)) {
    throw new NotebookError('invalid_input', `${field}: The span ${start}–${end} is not inside the clipping's text (${text.length} characters). Ask for suggestions again.`, `${field}.end`);
  }
  if (text.slice(start, end) !== suggestion.text) {
    throw new NotebookError('invalid_input', `${field}: The clipping's text at ${start}–${end} is not “${suggestion.text}”; it may have changed. Ask for suggestions again.`, `${field}.text`);
  }
}
