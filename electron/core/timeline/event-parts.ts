// What an event's input names, checked and resolved inside the write transaction: cards that must
// be live (the place a Place card), tags by name, and evidence passages — existing ones, and new
// ones marked over a clipping's span (an existing passage over the same span is reused).
import type { ParsedInputOf } from '../../../shared/contract';
import { ENTITY_TYPE_NAME } from '../../../shared/display-words';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { PassagesService } from '../passages/passages';

export type NewEvidence = NonNullable<ParsedInputOf<'events.create'>['newEvidence']>;

export function createEventParts({ stores }: CoreContext, passages: PassagesService) {
  const { entities, tags, passages: passageRows } = stores;

  return {
    /** The participants' ids, each a live card, without repeats. */
    participants(ids: readonly string[]): string[] {
      return [...new Set(ids.map((id) => entities.live(id, 'participants').id))];
    },

    place(id: string | null): string | null {
      if (id === null) return null;
      const card = entities.live(id, 'placeId');
      if (card.type !== 'place') {
        const kind = ENTITY_TYPE_NAME[card.type];
        throw new NotebookError(
          'invalid_input',
          `“${card.name}” is a card of type ${kind}, not a Place card. Choose a Place card as the event's place, or add it as a participant.`,
          'placeId',
        );
      }
      return card.id;
    },

    tagIds: (names: readonly string[]): number[] => [...new Set(names.map((name) => tags.idOf(name)))],

    /** The evidence passages' ids: the given ones (which must exist) and the new spans marked now. */
    evidence(ids: readonly string[] = [], spans: NewEvidence = []): string[] {
      passageRows.requirePassages(ids);
      const made = spans.map((span) => passages.at(span.clippingId, span.start, span.end).id);
      return [...new Set([...ids, ...made])];
    },
  };
}
