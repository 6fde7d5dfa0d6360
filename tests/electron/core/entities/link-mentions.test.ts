// Linking a card's unlinked mentions: one passage over the first occurrence in each mentioning
// clipping that has none linked to the card yet; all clippings, or only those given.
import { describe, expect, it } from 'vitest';
import type { LinkMentionsResult, Page, Passage } from '../../../../shared/domain';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

async function passagesOf(core: ReturnType<typeof openTempCore>, clippingId: string) {
  return (valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).items;
}

describe('linking unlinked mentions', () => {
  it('marks the first folded occurrence in each unlinked mentioning clipping and links it', async () => {
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
    expect(result).toEqual({ clippingCount: 2, passageCount: 2 });
    expect((await passagesOf(core, first)).map((p) => [p.exact, p.entities.map((e) => e.id)])).toEqual([['ZAWAHRI', [zawahiri.id]]]);
    expect((await passagesOf(core, second)).map((p) => p.exact)).toEqual(['Ayman al-Zawahiri']);
    expect(await passagesOf(core, linked)).toHaveLength(1);
    expect(await passagesOf(core, unrelated)).toEqual([]);
    expect(await passagesOf(core, trashed)).toEqual([]);

    const card = await getCard(core, zawahiri.id);
    expect(card.unlinkedMentionCount).toBe(0);
    expect(valueOf(await core.dispatch('entities.linkMentions', { entityId: zawahiri.id }))).toEqual({ clippingCount: 0, passageCount: 0 });
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
    expect(result).toEqual({ clippingCount: 1, passageCount: 0 });
    expect((await passagesOf(core, withPassage)).map((p) => [p.id, p.entities.map((e) => e.id)])).toEqual([[unlinkedPassage.id, [front.id]]]);
    expect(await passagesOf(core, notGiven)).toEqual([]);
    expect(await passagesOf(core, lowerOnly)).toEqual([]);

    expect(errorOf(await core.dispatch('entities.linkMentions', { entityId: front.id, clippingIds: ['nope'] }))).toMatchObject({
      code: 'not_found',
      field: 'clippingIds',
    });
    expect(errorOf(await core.dispatch('entities.linkMentions', { entityId: 'gone' }))).toMatchObject({ code: 'not_found', field: 'entityId' });
  });
});
