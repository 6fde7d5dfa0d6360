import { describe, expect, it } from 'vitest';
import type { ClippingMention, Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { groupSuggestions, occurrencesToAccept } from '../../../../renderer/src/features/reader/suggestionGroups';

const row = (text: string, start: number, name: string, type: EntitySuggestion['type'], entityId: string | null = null): EntitySuggestion => ({
  text,
  start,
  end: start + text.length,
  type,
  name,
  entityId,
});

describe('groupSuggestions', () => {
  const suggestions = [
    row('ISIS', 120, 'ISIS', 'organization'),
    row('Islamic State of Iraq and the Levant', 10, 'ISIS', 'organization'),
    row('Raqqa', 60, 'Raqqa', 'place'),
    row('isis', 200, 'ISIS', 'organization'),
    row('Abu Bakr al-Baghdadi', 80, 'Abu Bakr al-Baghdadi', 'person', 'card-1'),
  ];

  it('makes one group per entity in order of first mention, with the ways the text writes it', () => {
    const groups = groupSuggestions(suggestions, []);
    expect(groups.map((g) => [g.name, g.occurrences.length, g.surfaces])).toEqual([
      ['ISIS', 3, ['Islamic State of Iraq and the Levant', 'ISIS']],
      ['Raqqa', 1, ['Raqqa']],
      ['Abu Bakr al-Baghdadi', 1, ['Abu Bakr al-Baghdadi']],
    ]);
    expect(groups.every((g) => !g.linked)).toBe(true);
  });

  it('marks a known card linked when a passage here links to it', () => {
    const passage = { entities: [{ id: 'card-1', type: 'person', name: 'Abu Bakr al-Baghdadi' }] } as unknown as Passage;
    expect(groupSuggestions(suggestions, [passage]).find((g) => g.entityId === 'card-1')!.linked).toBe(true);
  });

  it('marks a known card linked when a mention here (an accepted suggestion, not a passage) links to it', () => {
    const mention: ClippingMention = {
      id: 'm1',
      start: 80,
      end: 100,
      exact: 'Abu Bakr al-Baghdadi',
      entity: { id: 'card-1', type: 'person', name: 'Abu Bakr al-Baghdadi' },
    };
    const groups = groupSuggestions(suggestions, [], [mention]);
    expect(groups.filter((g) => g.linked).map((g) => g.entityId)).toEqual(['card-1']);
  });

  it('accepts the first mention and the first of each other spelling, so a defined alias reaches the card', () => {
    const isis = groupSuggestions(suggestions, [])[0]!;
    expect(occurrencesToAccept(isis).map((o) => o.start)).toEqual([10, 120]);
  });
});
