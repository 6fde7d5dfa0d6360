// Linking a card's unlinked mentions: one mention (not a passage) over the first occurrence in each
// mentioning clipping that has none linked to the card yet; all clippings, or only those given.
import { describe, expect, it } from 'vitest';
import type { ClippingMention, LinkMentionsResult, Page, Passage } from '../../../../shared/domain';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

async function passagesOf(core: ReturnType<typeof openTempCore>, clippingId: string) {
  return (valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).items;
}

async function mentionsOf(core: ReturnType<typeof openTempCore>, clippingId: string) {
  return valueOf(await core.dispatch('entities.mentionsIn', { clippingId })) as ClippingMention[];
}

describe('linking unlinked mentions', () => {
  it('makes a mention of the first folded occurrence in each unlinked mentioning clipping, linked to the card', async () => {
    const core = openTempCore();
    const zawahiri = await makeCard(core, { type: 'person', name: 'Ayman al-Zawahiri', aliases: ['Zawahri'] });
    const first = await makeClipping(core, 'A statement by ZAWAHRI was read out. Later Ayman al-Zawahiri spoke again.');
    const second = await makeClipping(core, 'Ayman al-Zawahiri, the leader, and Zawahri again.');
    const linkedText = 'Zawahri was already linked here.';
    const linked = await makeClipping(core, linkedText);
    const already = await markPassage(core, linked, linkedText, 'Zawahri');
    await core.dispatch('passages.link', { passageId: already.id, entityId: zawahiri.id });
    const trashed = await makeClipping(core, 'Zawahri in the trash.');
    await core.dispatch('clippings.trash', { ids: [trashed] });
    const unrelated = await makeClipping(core, 'Nothing about him.');
    expect((await getCard(core, zawahiri.id)).unlinkedMentionCount).toBe(2);

    const result = valueOf(await core.dispatch('entities.linkMentions', { entityId: zawahiri.id })) as LinkMentionsResult;
    expect(result).toEqual({ clippingCount: 2, passageCount: 0, mentionCount: 2 });
    expect((await mentionsOf(core, first)).map((m) => [m.exact, m.entity.id])).toEqual([['ZAWAHRI', zawahiri.id]]);
    expect((await mentionsOf(core, second)).map((m) => m.exact)).toEqual(['Ayman al-Zawahiri']);
    expect(await passagesOf(core, first)).toEqual([]);
    expect(await passagesOf(core, second)).toEqual([]);
    expect(await passagesOf(core, linked)).toHaveLength(1);
    expect(await mentionsOf(core, linked)).toEqual([]);
    expect(await mentionsOf(core, unrelated)).toEqual([]);
    expect(await mentionsOf(core, trashed)).toEqual([]);

    const card = await getCard(core, zawahiri.id);
    expect(card.unlinkedMentionCount).toBe(0);
    expect([card.passageCount, card.mentionCount, card.passages.length]).toEqual([1, 2, 1]);
    expect(card.mentions.map((m) => m.linked)).toEqual([true, true, true]);
    expect(valueOf(await core.dispatch('entities.linkMentions', { entityId: zawahiri.id }))).toEqual({ clippingCount: 0, passageCount: 0, mentionCount: 0 });
  });

  it('only in the clippings given; reuses a passage already over the span; skips a clipping with no exact span', async () => {
    const core = openTempCore();
    const front = await makeCard(core, { type: 'organization', name: 'Front' });
    const text = 'The Front said so.';
    const withPassage = await makeClipping(core, text);
    const unlinkedPassage = await markPassage(core, withPassage, text, 'Front');
    const notGiven = await makeClipping(core, 'Front fighters again.');
    // The index finds the word; the folded scan wants a capital for a one-word capitalised name.
    const lowerOnly = await makeClipping(core, 'the front line moved.');

    const result = valueOf(await core.dispatch('entities.linkMentions', { entityId: front.id, clippingIds: [withPassage, lowerOnly] })) as LinkMentionsResult;
    expect(result).toEqual({ clippingCount: 1, passageCount: 0, mentionCount: 0 });
    expect((await passagesOf(core, withPassage)).map((p) => [p.id, p.entities.map((e) => e.id)])).toEqual([[unlinkedPassage.id, [front.id]]]);
    expect(await mentionsOf(core, withPassage)).toEqual([]);
    expect(await mentionsOf(core, notGiven)).toEqual([]);
    expect(await mentionsOf(core, lowerOnly)).toEqual([]);

    expect(errorOf(await core.dispatch('entities.linkMentions', { entityId: front.id, clippingIds: ['nope'] }))).toMatchObject({
      code: 'not_found',
      field: 'clippingIds',
    });
    expect(errorOf(await core.dispatch('entities.linkMentions', { entityId: 'gone' }))).toMatchObject({ code: 'not_found', field: 'entityId' });
  });
});
