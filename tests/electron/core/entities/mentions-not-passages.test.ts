// An accepted suggestion is a mention, not a passage: no passage list, passage search or card's
// passages shows it, while everything that follows a card's links (its count and backlinks, the
// entity: filter, the link chart) finds it; marking the same span makes a passage as usual.
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ClippingMention, Page, Passage } from '../../../../shared/domain';
import type { SearchResults } from '../../../../shared/search/types';
import { getCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

const TEXT = 'Fighters of ISIS crossed into Raqqa. Residents of Raqqa said the ISIS convoy left at dawn.';

describe('mentions are not passages', () => {
  it('keeps accepted names out of every passage list and the passage search, and counts them on the card', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const other = await makeClipping(core, 'Nothing about them here.');
    const start = TEXT.indexOf('ISIS');
    const accepted = valueOf(
      await core.dispatch('entities.acceptSuggestions', {
        clippingId,
        suggestions: [
          { text: 'ISIS', start, end: start + 4, type: 'organization', name: 'ISIS', entityId: null },
          { text: 'Raqqa', start: TEXT.indexOf('Raqqa'), end: TEXT.indexOf('Raqqa') + 5, type: 'place', name: 'Raqqa', entityId: null },
        ],
      }),
    ) as { entities: Array<{ id: string }> };
    const [isis, raqqa] = accepted.entities.map((e) => e.id) as [string, string];

    const passages = async (input: Record<string, unknown>) => (valueOf(await core.dispatch('passages.list', input)) as Page<Passage>).total;
    expect([await passages({}), await passages({ clippingId }), await passages({ entityId: isis })]).toEqual([0, 0, 0]);
    const search = async (query: string) => valueOf(await core.dispatch('search.query', { query })) as SearchResults;
    expect((await search('ISIS')).counts.passage).toBe(0);
    // Nor after the index is derived again from the rows.
    valueOf(await core.dispatch('search.rebuild', {}));
    expect((await search('ISIS')).counts.passage).toBe(0);
    // The entity: filter still finds the clipping through the mention's link (and its text).
    expect((await search('entity:"Raqqa" kind:clipping')).hits.map((h) => h.id)).toEqual([clippingId]);

    const card = await getCard(core, isis);
    expect([card.passageCount, card.mentionCount, card.passages.length]).toEqual([0, 1, 0]);
    expect(card.mentions).toEqual([{ clippingId, title: expect.any(String) as string, linked: true }]);
    expect(card.mentions.some((m) => m.clippingId === other)).toBe(false);
    const graph = valueOf(await core.dispatch('entities.graph', {})) as { nodes: Array<{ id: string }> };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([isis, raqqa].sort());

    // Marking the span makes a passage as usual; the mention stays a mention.
    const marked = await markPassage(core, clippingId, TEXT, 'ISIS', { label: 'Actor' });
    expect((valueOf(await core.dispatch('passages.list', { clippingId })) as Page<Passage>).items.map((p) => p.id)).toEqual([marked.id]);
    expect((await search('ISIS')).counts.passage).toBe(1);
    const mentions = valueOf(await core.dispatch('entities.mentionsIn', { clippingId })) as ClippingMention[];
    expect(mentions.map((m) => [m.exact, m.start, m.entity.id])).toEqual([
      ['ISIS', start, isis],
      ['Raqqa', TEXT.indexOf('Raqqa'), raqqa],
    ]);
    expect(mentions.some((m) => m.id === marked.id)).toBe(false);

    // A trashed clipping's mentions are not counted.
    await core.dispatch('clippings.trash', { ids: [clippingId] });
    expect((await getCard(core, isis)).mentionCount).toBe(0);
  });

  it('deletes a card with its mentions; a mention of another card stays', async () => {
    const core = openTempCore();
    const clippingId = await makeClipping(core, TEXT);
    const at = (name: string) => ({ text: name, start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length, name, entityId: null });
    const accepted = valueOf(
      await core.dispatch('entities.acceptSuggestions', {
        clippingId,
        suggestions: [
          { ...at('ISIS'), type: 'organization' },
          { ...at('Raqqa'), type: 'place' },
        ],
      }),
    ) as { entities: Array<{ id: string }> };
    const [isis, raqqa] = accepted.entities.map((e) => e.id) as [string, string];
    await core.dispatch('entities.delete', { id: isis });
    const mentions = valueOf(await core.dispatch('entities.mentionsIn', { clippingId })) as ClippingMention[];
    expect(mentions.map((m) => [m.exact, m.entity.id])).toEqual([['Raqqa', raqqa]]);
    const db = new Database(core.libraryPath, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.prepare('SELECT exact FROM passages').pluck().all()).toEqual(['Raqqa']);
  });

  it('says so when the clipping is gone', async () => {
    const core = openTempCore();
    expect(await core.dispatch('entities.mentionsIn', { clippingId: 'gone' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'clippingId' } });
  });
});
