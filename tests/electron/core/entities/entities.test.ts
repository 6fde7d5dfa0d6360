// Entity cards through the core: names and aliases, fuzzy find, links to passages, backlinks,
// inherited grades, and undoable merges.
import { describe, expect, it } from 'vitest';
import type { EntityCard, EntitySummary, MergeResult, Page, Passage } from '../../../../shared/domain';
import { errorOf, openTempCore, storedClipping, valueOf } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const card = async (core: TempCore, input: Record<string, unknown>) => valueOf(await core.dispatch('entities.create', input)) as EntityCard;

async function passageIn(core: TempCore, text: string, quote: string, grade: Record<string, unknown> = {}) {
  const clipping = storedClipping(await core.dispatch('clippings.create', { text }));
  if (Object.keys(grade).length > 0) await core.dispatch('clippings.update', { id: clipping.id, patch: grade });
  const start = text.indexOf(quote);
  return valueOf(await core.dispatch('passages.create', { clippingId: clipping.id, start, end: start + quote.length })) as Passage;
}

describe('entity cards', () => {
  it('creates a card with aliases and attributes, and finds it by any name, folded', async () => {
    const core = openTempCore();
    const zawahiri = await card(core, {
      type: 'person',
      name: 'Ayman al-Zawahiri',
      aliases: ['Zawahri', 'Dr Ayman'],
      description: 'Leader of al-Qaeda',
      attributes: [{ key: 'nationality', value: 'Egyptian' }],
    });
    expect(zawahiri).toMatchObject({ type: 'person', aliases: ['Dr Ayman', 'Zawahri'], attributes: [{ key: 'nationality', value: 'Egyptian' }], grade: null });
    await card(core, { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['al-Nusra Front'] });

    for (const query of ['zawahiri', 'Al Zawahri', 'ZAWAHRI', 'ayman zawahiri']) {
      const found = valueOf(await core.dispatch('entities.find', { query })) as EntitySummary[];
      expect(found[0]?.id, query).toBe(zawahiri.id);
    }
    const nusra = valueOf(await core.dispatch('entities.find', { query: 'Nusra' })) as EntitySummary[];
    expect(nusra.map((e) => e.name)).toEqual(['Jabhat al-Nusra']);
  });

  it('allows an alias shared by two cards (both are found)', async () => {
    const core = openTempCore();
    await card(core, { type: 'person', name: 'Abu Muhammad al-Julani', aliases: ['Abu Muhammad'] });
    await card(core, { type: 'person', name: 'Abu Muhammad al-Adnani', aliases: ['Abu Muhammad'] });
    const found = valueOf(await core.dispatch('entities.find', { query: 'Abu Muhammad' })) as EntitySummary[];
    expect(found).toHaveLength(2);
  });

  it('links passages, shows them as backlinks with the best grade of their clippings, and lists mentioning clippings', async () => {
    const core = openTempCore();
    const nusra = await card(core, { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['al-Nusra Front'] });
    const strong = await passageIn(core, 'The al-Nusra Front pledged loyalty at Albu Kamal.', 'al-Nusra Front', { reliability: 'B', credibility: 2 });
    const weak = await passageIn(core, 'Jabhat al-Nusra fighters left the town.', 'Jabhat al-Nusra', { reliability: 'D', credibility: 1 });
    const unlinked = storedClipping(await core.dispatch('clippings.create', { text: 'Reports say al-Nusra Front withdrew from Deir Ezzor.' }));
    await core.dispatch('clippings.create', { text: 'Nothing about them here.' });

    expect((valueOf(await core.dispatch('passages.link', { passageId: strong.id, entityId: nusra.id })) as Passage).entities).toEqual([
      { id: nusra.id, type: 'organization', name: 'Jabhat al-Nusra' },
    ]);
    await core.dispatch('passages.link', { passageId: weak.id, entityId: nusra.id });

    const full = valueOf(await core.dispatch('entities.get', { id: nusra.id })) as EntityCard;
    expect(full.passages.map((p) => p.exact).sort()).toEqual(['Jabhat al-Nusra', 'al-Nusra Front']);
    expect(full.passageCount).toBe(2);
    expect(full.grade).toEqual({ reliability: 'B', credibility: 1 });
    expect(full.mentions).toHaveLength(3);
    expect(full.mentions.find((m) => m.clippingId === unlinked.id)).toMatchObject({ linked: false });
    expect(full.mentions.filter((m) => m.linked)).toHaveLength(2);

    const list = valueOf(await core.dispatch('passages.list', { entityId: nusra.id })) as Page<Passage>;
    expect(list.total).toBe(2);
  });

  it('refuses links to cards that do not exist and bad names', async () => {
    const core = openTempCore();
    const passage = await passageIn(core, 'Some text about Raqqa.', 'Raqqa');
    expect(errorOf(await core.dispatch('passages.link', { passageId: passage.id, entityId: 'gone' }))).toMatchObject({ code: 'not_found', field: 'entityId' });
    expect(errorOf(await core.dispatch('entities.create', { type: 'person', name: '  ' })).field).toBe('name');
    expect(errorOf(await core.dispatch('entities.create', { type: 'vessel', name: 'x' })).field).toBe('type');
  });
});

describe('merging cards', () => {
  it('unites names, passage links and attributes, and can be undone', async () => {
    const core = openTempCore();
    const main = await card(core, { type: 'organization', name: 'Jabhat al-Nusra', attributes: [{ key: 'founded', value: '2012' }] });
    const twin = await card(core, { type: 'organization', name: 'al-Nusra', aliases: ['Nusra Front'], attributes: [{ key: 'role', value: 'affiliate' }] });
    const passage = await passageIn(core, 'al-Nusra fighters crossed.', 'al-Nusra');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: twin.id });

    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: main.id, absorbedId: twin.id })) as MergeResult;
    expect(merged.entity.aliases).toEqual(['al-Nusra', 'Nusra Front']);
    expect(merged.entity.passages.map((p) => p.id)).toEqual([passage.id]);
    expect(merged.entity.attributes).toEqual([
      { key: 'founded', value: '2012' },
      { key: 'role', value: 'affiliate' },
    ]);
    expect(errorOf(await core.dispatch('entities.get', { id: twin.id })).code).toBe('conflict');
    expect((valueOf(await core.dispatch('entities.list', {})) as Page<EntitySummary>).total).toBe(1);

    const restored = valueOf(await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId })) as EntityCard;
    expect(restored).toMatchObject({ id: twin.id, aliases: ['Nusra Front'], passageCount: 1 });
    const survivor = valueOf(await core.dispatch('entities.get', { id: main.id })) as EntityCard;
    expect(survivor).toMatchObject({ aliases: [], passageCount: 0, attributes: [{ key: 'founded', value: '2012' }] });
    expect(errorOf(await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId })).code).toBe('conflict');
  });

  it('refuses to merge a card with itself', async () => {
    const core = openTempCore();
    const one = await card(core, { type: 'place', name: 'Albu Kamal' });
    expect(errorOf(await core.dispatch('entities.merge', { survivorId: one.id, absorbedId: one.id }))).toMatchObject({
      code: 'invalid_input',
      field: 'absorbedId',
    });
  });
});
