// Accepting suggestions: each span becomes (or reuses) a mention linked to its card — the given
// card, else the live card of that type with that name, else a new one — all in one transaction. A
// passage the analyst marked over exactly that span is linked instead; a mention is never a passage.
import { describe, expect, it } from 'vitest';
import type { AcceptSuggestionsResult, ClippingMention, Page, Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

const TEXT = 'Fighters of the Al-Nusra Front met Omar al-Shishani in Albu Kamal. Later Shishani left Albu Kamal.';

function span(text: string, type: EntitySuggestion['type'], name: string, entityId: string | null = null, from = 0) {
  const start = TEXT.indexOf(text, from);
  return { text, start, end: start + text.length, type, name, entityId };
}

describe('accepting entity suggestions', () => {
  it('links spans to the given card, a live card of that name, or a new card; adds aliases; reuses mentions and passages', async () => {
    const core = openTempCore();
    const nusra = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['al-Nusra Front'] });
    const placeNamedShishani = await makeCard(core, { type: 'place', name: 'Omar al-Shishani' }); // another type: not reused
    const clippingId = await makeClipping(core, TEXT);
    const existing = await markPassage(core, clippingId, TEXT, 'Albu Kamal', { color: 'green' });
    const secondAlbu = TEXT.indexOf('Albu Kamal', existing.end!);

    const result = valueOf(
      await core.dispatch('entities.acceptSuggestions', {
        clippingId,
        suggestions: [
          span('Al-Nusra Front', 'organization', 'Jabhat al-Nusra', nusra.id),
          span('Omar al-Shishani', 'person', 'Omar al-Shishani'),
          span('Albu Kamal', 'place', 'Albu Kamal'),
          span('Shishani', 'person', 'Omar al-Shishani', null, TEXT.indexOf('Later')),
          span('Albu Kamal', 'place', 'ALBU KAMAL', null, secondAlbu),
        ],
      }),
    ) as AcceptSuggestionsResult;

    expect(result.passageCount).toBe(1);
    expect(result.mentionCount).toBe(4);
    expect(result.createdCount).toBe(2);
    expect(result.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Jabhat al-Nusra', 'person:Omar al-Shishani', 'place:Albu Kamal']);

    // Only the analyst's own passage is a passage (now linked); the other spans are mentions.
    const passages = (valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).items;
    expect(passages.map((p) => [p.id, p.exact, p.color, p.entities.map((e) => e.name)])).toEqual([[existing.id, 'Albu Kamal', 'green', ['Albu Kamal']]]);
    const mentions = valueOf(await core.dispatch('entities.mentionsIn', { clippingId })) as ClippingMention[];
    expect(mentions.map((m) => [TEXT.slice(m.start, m.end), m.exact, m.entity.name])).toEqual([
      ['Al-Nusra Front', 'Al-Nusra Front', 'Jabhat al-Nusra'],
      ['Omar al-Shishani', 'Omar al-Shishani', 'Omar al-Shishani'],
      ['Shishani', 'Shishani', 'Omar al-Shishani'],
      ['Albu Kamal', 'Albu Kamal', 'Albu Kamal'],
    ]);
    expect(mentions[3]!.start).toBe(secondAlbu);
    // "Al-Nusra Front" folds like a name the card has; "Shishani" does not, so it becomes an alias.
    // The second "ALBU KAMAL" found the card the first one made in this call.
    expect((await getCard(core, nusra.id)).aliases).toEqual(['al-Nusra Front']);
    const shishani = result.entities.find((e) => e.type === 'person')!;
    expect((await getCard(core, shishani.id)).aliases).toEqual(['Shishani']);
    expect((await getCard(core, placeNamedShishani.id)).passageCount).toBe(0);
    const albu = result.entities.find((e) => e.type === 'place')!;
    expect((await getCard(core, albu.id)).aliases).toEqual([]);

    // Accepting again finds the same cards and passages: nothing new.
    const again = valueOf(
      await core.dispatch('entities.acceptSuggestions', { clippingId, suggestions: [span('Omar al-Shishani', 'person', 'omar al shishani')] }),
    ) as AcceptSuggestionsResult;
    expect(again).toEqual({ passageCount: 0, mentionCount: 1, createdCount: 0, entities: [shishani] });
    expect((valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).total).toBe(1);
    expect(valueOf(await core.dispatch('entities.mentionsIn', { clippingId }))).toEqual(mentions);
  });

  it('refuses a span that does not match the text, a dead card, or an unknown clipping, and changes nothing', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const good = span('Albu Kamal', 'place', 'Albu Kamal');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...good, text: 'Albu Kama' }, 'invalid_input', 'suggestions.1.text'],
      [{ ...good, end: TEXT.length + 5 }, 'invalid_input', 'suggestions.1.end'],
      [{ ...good, end: good.start }, 'invalid_input', 'suggestions.1.end'],
      [{ ...good, entityId: 'gone' }, 'not_found', 'suggestions.1.entityId'],
    ];
    for (const [bad, code, field] of cases) {
      const error = errorOf(
        await core.dispatch('entities.acceptSuggestions', { clippingId, suggestions: [span('Omar al-Shishani', 'person', 'Omar al-Shishani'), bad] }),
      );
      expect(error, field).toMatchObject({ code, field });
    }
    expect((valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).total).toBe(0);
    expect(valueOf(await core.dispatch('entities.mentionsIn', { clippingId }))).toEqual([]);
    expect((valueOf(await core.dispatch('entities.list', {})) as Page<unknown>).total).toBe(0);
    expect(errorOf(await core.dispatch('entities.acceptSuggestions', { clippingId: 'nope', suggestions: [good] })).field).toBe('clippingId');
  });
});
