// Accepting entity suggestions for a clipping: each span becomes a mention (or reuses the mention,
// or the analyst's passage, already over it) linked to its card — the chosen card, else the live
// card of that type with that name, else a new card. All suggestions of one call in one
// transaction: all or nothing.
import type { ParsedInputOf } from '../../../shared/contract';
import type { AcceptSuggestionsResult, EntityRef, EntityType } from '../../../shared/domain';
import { foldName } from '../../../shared/entities/fold-name';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { LinkSpan } from './linked-spans';

type Input = ParsedInputOf<'entities.acceptSuggestions'>;
type Suggestion = Input['suggestions'][number];

export function createAcceptSuggestions({ stores, clock, write }: CoreContext, linkSpan: LinkSpan) {
  const { entities } = stores;

  /** The card a suggestion names; cards made earlier in this call are found like any other. */
  function cardFor(suggestion: Suggestion, field: string): { id: string; created: boolean } {
    if (suggestion.entityId !== null) return { id: entities.live(suggestion.entityId, `${field}.entityId`).id, created: false };
    const folded = foldName(suggestion.name);
    const found = folded === '' ? null : entities.names.cardNamed(folded, suggestion.type);
    if (found !== null) return { id: found, created: false };
    return { id: entities.insert({ type: suggestion.type as EntityType, name: suggestion.name }, clock()), created: true };
  }

  return write((input: Input): AcceptSuggestionsResult => {
    const text = stores.clippings.text(input.clippingId);
    if (text === null) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}; it may have been deleted.`, 'clippingId');
    const linked = { passage: new Set<string>(), mention: new Set<string>() };
    const cards = new Map<string, EntityRef>();
    let createdCount = 0;
    input.suggestions.forEach((suggestion, index) => {
      const field = `suggestions.${index}`;
      checkSpan(text, suggestion, field);
      const card = cardFor(suggestion, field);
      if (card.created) createdCount++;
      const spanKey = foldName(suggestion.text);
      if (spanKey !== '' && !entities.names.of(card.id).some((n) => n.folded === spanKey)) entities.names.addAlias(card.id, suggestion.text.trim());
      const span = linkSpan(input.clippingId, text, suggestion.start, suggestion.end, card.id);
      linked[span.kind].add(span.id);
      if (!cards.has(card.id)) cards.set(card.id, entities.ref(entities.live(card.id)));
    });
    return { passageCount: linked.passage.size, mentionCount: linked.mention.size, createdCount, entities: [...cards.values()] };
  });
}

function checkSpan(text: string, suggestion: Suggestion, field: string): void {
  const { start, end } = suggestion;
  if (!(start < end && end <= text.length)) {
    throw new NotebookError(
      'invalid_input',
      `${field}: The span ${start}–${end} is not inside the clipping's text (${text.length} characters). Ask for suggestions again.`,
      `${field}.end`,
    );
  }
  if (text.slice(start, end) !== suggestion.text) {
    throw new NotebookError(
      'invalid_input',
      `${field}: The clipping's text at ${start}–${end} is not “${suggestion.text}”; it may have changed. Ask for suggestions again.`,
      `${field}.text`,
    );
  }
}
