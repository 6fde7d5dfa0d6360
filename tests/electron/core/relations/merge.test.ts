// Merging unites relations too: the absorbed card's relations move to the survivor, those that would
// become a self-loop or a duplicate are set aside, and undoing the merge gives back identical cards.
import { describe, expect, it } from 'vitest';
import type { MergeResult } from '../../../../shared/domain';
import { getCard, makeCard, makeClipping, markPassage, relate, type TempCore } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

async function cards(core: TempCore, ids: string[]) {
  return Promise.all(ids.map((id) => getCard(core, id)));
}

describe('merging cards with relations', () => {
  it('moves relations, sets aside self-loops and duplicates, and undo restores both cards exactly', async () => {
    const core = openTempCore();
    const nusra = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra', attributes: [{ key: 'founded', value: '2012' }] });
    const twin = await makeCard(core, { type: 'organization', name: 'al-Nusra Front', aliases: ['Nusra'], attributes: [{ key: 'role', value: 'affiliate' }] });
    const qaeda = await makeCard(core, { type: 'organization', name: 'al-Qaeda' });
    const julani = await makeCard(core, { type: 'person', name: 'Abu Muhammad al-Julani' });
    const syria = await makeCard(core, { type: 'place', name: 'Syria' });
    const text = 'al-Nusra Front pledged allegiance to al-Qaeda; Julani leads it in Syria.';
    const clippingId = await makeClipping(core, text);
    const pledge = await markPassage(core, clippingId, text, 'al-Nusra Front pledged allegiance to al-Qaeda');
    const leads = await markPassage(core, clippingId, text, 'Julani leads it');
    await core.dispatch('passages.link', { passageId: pledge.id, entityId: twin.id });

    await relate(core, nusra.id, 'pledged_allegiance_to', qaeda.id, { date: '2013' });
    await relate(core, twin.id, 'pledged_allegiance_to', qaeda.id, { evidence: [pledge.id] }); // duplicate after the merge
    await relate(core, twin.id, 'allied_with', nusra.id, { label: null }); // self-loop after the merge
    const moved = await relate(core, julani.id, 'leader_of', twin.id, { evidence: [leads.id], date: '2012-01' }); // moves
    await relate(core, twin.id, 'located_in', syria.id); // moves

    const before = await cards(core, [nusra.id, twin.id, qaeda.id, julani.id, syria.id]);
    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: nusra.id, absorbedId: twin.id })) as MergeResult;

    const survivorRelations = merged.entity.relations.map((r) => `${r.source.name} ${r.type} ${r.target.name}`);
    expect(survivorRelations.sort()).toEqual([
      'Abu Muhammad al-Julani leader_of Jabhat al-Nusra',
      'Jabhat al-Nusra located_in Syria',
      'Jabhat al-Nusra pledged_allegiance_to al-Qaeda',
    ]);
    const movedNow = merged.entity.relations.find((r) => r.id === moved.id)!;
    expect(movedNow).toMatchObject({ date: '2012-01', evidence: [{ id: leads.id }], target: { id: nusra.id } });
    expect((await getCard(core, qaeda.id)).relations).toHaveLength(1);
    // The passage stays linked to the absorbed card underneath, but shows only the live one.
    expect(merged.entity.passages.find((p) => p.id === pledge.id)?.entities.map((e) => e.id)).toEqual([nusra.id]);

    await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId });
    const after = await cards(core, [nusra.id, twin.id, qaeda.id, julani.id, syria.id]);
    expect(after).toEqual(before);
  });

  it('sets aside a moved relation that would close a located-in loop, and brings it back on undo', async () => {
    const core = openTempCore();
    const town = await makeCard(core, { type: 'place', name: 'Albu Kamal' });
    const province = await makeCard(core, { type: 'place', name: 'Deir ez-Zor' });
    const wrongTwin = await makeCard(core, { type: 'place', name: 'Deir ez-Zor (the city)' });
    await relate(core, town.id, 'located_in', province.id);
    const inverted = await relate(core, wrongTwin.id, 'located_in', town.id);
    const before = await cards(core, [town.id, province.id, wrongTwin.id]);

    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: province.id, absorbedId: wrongTwin.id })) as MergeResult;
    expect(merged.entity.relations.map((r) => `${r.source.name} ${r.type} ${r.target.name}`)).toEqual(['Albu Kamal located_in Deir ez-Zor']);
    const loop = errorOf(await core.dispatch('relations.create', { sourceId: province.id, targetId: town.id, type: 'located_in' }));
    expect(loop.message).toContain('would make a loop');

    await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId });
    const after = await cards(core, [town.id, province.id, wrongTwin.id]);
    expect(after).toEqual(before);
    expect(after[2]!.relations.map((r) => r.id)).toEqual([inverted.id]);
  });

  it('undoes a merge after the other end of a set-aside relation was deleted, leaving that relation out', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'organization', name: 'Group A' });
    const b = await makeCard(core, { type: 'organization', name: 'Group B' });
    const c = await makeCard(core, { type: 'organization', name: 'Group C' });
    await relate(core, a.id, 'opposed_to', c.id);
    await relate(core, b.id, 'opposed_to', c.id);
    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: a.id, absorbedId: b.id })) as MergeResult;
    await core.dispatch('entities.delete', { id: c.id });
    const restored = valueOf(await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId }));
    expect(restored).toMatchObject({ id: b.id, relations: [] });
  });
});
