// Date suggestions for a clipping: the dated statements in its text (read against its published
// date, else the day it was captured), minus the ones the analyst rejected there. Each proposes as
// participants the live cards linked to passages overlapping its sentence and the cards whose name
// or alias the sentence contains.
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, EntityRef } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { suggestDates } from '../../../shared/timeline/date-suggestions';
import { parseEdtfDate } from '../../../shared/timeline/edtf-date';
import type { TimelineSuggestion } from '../../../shared/timeline/types';
import type { Stores } from '../context';
import { createKnownCards } from '../entities/known-cards';
import type { TimelineStore } from './store';

type RejectionInput = ParsedInputOf<'timeline.rejectSuggestion'>;

const keyOf = (text: string, edtf: string): string => JSON.stringify([text.trim(), edtf]);

/** A rejection is kept under the canonical form of its date, as suggestions give it. */
const canonical = (edtf: string): string => {
  const parsed = parseEdtfDate(edtf);
  return parsed.ok ? parsed.date.edtf : edtf.trim();
};

export function createTimelineSuggestions({ clippings, entities }: Stores, timeline: TimelineStore) {
  const knownCards = createKnownCards(entities);

  function clipping(id: string) {
    const row = clippings.full(id);
    if (!row) throw new NotebookError('not_found', `There is no clipping with id ${id}; it may have been deleted.`, 'clippingId');
    return row;
  }

  return {
    suggest(clippingId: string): TimelineSuggestion[] {
      const row = clipping(clippingId);
      const reference = row.published_at ?? row.captured_at.slice(0, 10);
      const rejected = new Set(timeline.rejections.of(clippingId).map((r) => keyOf(r.text, r.edtf)));
      const suggestions = suggestDates(row.text, reference).filter((s) => !rejected.has(keyOf(s.text, s.edtf)));
      if (suggestions.length === 0) return [];
      const mentions = knownCards().findIn(row.text);
      return suggestions.map((suggestion) => {
        const { start, end } = suggestion.sentence;
        const linked = entities.liveRefs(timeline.links.cardsLinkedWithin(clippingId, start, end));
        const named: EntityRef[] = mentions
          .filter((match) => match.start >= start && match.end <= end)
          .map(({ card }) => ({ id: card.id, type: card.type, name: card.name }));
        const participants = [...new Map([...linked, ...named].map((card) => [card.id, card])).values()];
        participants.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
        return { ...suggestion, participants };
      });
    },

    reject(input: RejectionInput): BulkResult {
      clipping(input.clippingId);
      return { count: timeline.rejections.add(input.clippingId, input.text.trim(), canonical(input.edtf)) };
    },

    unreject(input: RejectionInput): BulkResult {
      clipping(input.clippingId);
      return { count: timeline.rejections.remove(input.clippingId, input.text.trim(), canonical(input.edtf)) };
    },
  };
}
