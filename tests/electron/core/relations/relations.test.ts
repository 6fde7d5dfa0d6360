// Relations between cards through the core: types and labels, dates, evidence, and the refusals
// (self, duplicate, member-of / located-in loops, unknown or merged cards).
import { describe, expect, it } from 'vitest';
import type { BulkResult, Relation } from '../../../../shared/domain';
import { getCard, makeCard, makeClipping, markPassage, relate } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

describe('relations', () => {
  it('relates two cards with a date and evidence, and shows the relation on both cards', async () => {
    const core = openTempCore();
    const baghdadi = await makeCard(core, { type: 'person', name: 'Abu Bakr al-Baghdadi' });
    const isis = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const text = 'Abu Bakr al-Baghdadi led the Islamic State from 2014.';
    const clippingId = await makeClipping(core, text);
    const passage = await markPassage(core, clippingId, text, 'Abu Bakr al-Baghdadi led the Islamic State');

    const relation = await relate(core, baghdadi.id, 'leader_of', isis.id, { date: '2014-06', evidence: [passage.id], label: 'ignored for named types' });
    expect(relation).toMatchObject({
      source: { id: baghdadi.id, type: 'person', name: 'Abu Bakr al-Baghdadi' },
      target: { id: isis.id, type: 'organization', name: 'Islamic State' },
      type: 'leader_of',
      label: null,
      date: '2014-06',
      evidence: [{ id: passage.id, clippingId, exact: 'Abu Bakr al-Baghdadi led the Islamic State', anchorStatus: 'exact' }],
    });
    expect((await getCard(core, baghdadi.id)).relations).toEqual([relation]);
    expect((await getCard(core, isis.id)).relations).toEqual([relation]);
  });

  it('needs a label for an “other” relation, and keeps it', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'organization', name: 'Front A' });
    const b = await makeCard(core, { type: 'person', name: 'Donor B' });
    const missing = errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: b.id, type: 'other', label: '  ' }));
    expect(missing).toMatchObject({ code: 'invalid_input', field: 'label' });
    expect(missing.message).toMatch(/label/);
    expect(await relate(core, a.id, 'other', b.id, { label: 'financed by' })).toMatchObject({ type: 'other', label: 'financed by' });
  });

  it('refuses a card related to itself, a duplicate, and unknown or merged cards', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'organization', name: 'Group A' });
    const b = await makeCard(core, { type: 'organization', name: 'Group B' });
    const c = await makeCard(core, { type: 'organization', name: 'Group C' });

    const self = errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: a.id, type: 'allied_with' }));
    expect(self).toMatchObject({ code: 'invalid_input', field: 'targetId' });
    expect(self.message).toMatch(/^A card cannot be related to itself/);

    await relate(core, a.id, 'allied_with', b.id);
    const twice = errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: b.id, type: 'allied_with' }));
    expect(twice).toMatchObject({ code: 'conflict', field: 'type' });
    expect(twice.message).toContain('“Group A” allied with “Group B” is already recorded');
    await relate(core, a.id, 'other', b.id, { label: 'trades with' });
    expect(errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: b.id, type: 'other', label: 'Trades With' })).code).toBe('conflict');
    // The other direction is another relation.
    await relate(core, b.id, 'allied_with', a.id);

    expect(errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: 'gone', type: 'opposed_to' }))).toMatchObject({
      code: 'not_found',
      field: 'targetId',
    });
    await core.dispatch('entities.merge', { survivorId: b.id, absorbedId: c.id });
    expect(errorOf(await core.dispatch('relations.create', { sourceId: c.id, targetId: a.id, type: 'opposed_to' }))).toMatchObject({
      code: 'conflict',
      field: 'sourceId',
    });
  });

  it('refuses a located-in or member-of loop and names the path', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'place', name: 'Albu Kamal' });
    const b = await makeCard(core, { type: 'place', name: 'Deir ez-Zor' });
    const c = await makeCard(core, { type: 'place', name: 'Syria' });
    await relate(core, a.id, 'located_in', b.id);

    const back = errorOf(await core.dispatch('relations.create', { sourceId: b.id, targetId: a.id, type: 'located_in' }));
    expect(back).toMatchObject({ code: 'conflict', field: 'targetId' });
    expect(back.message).toContain('would make a loop: Deir ez-Zor → Albu Kamal → Deir ez-Zor');

    await relate(core, b.id, 'located_in', c.id);
    const longer = errorOf(await core.dispatch('relations.create', { sourceId: c.id, targetId: a.id, type: 'located_in' }));
    expect(longer.message).toContain('would make a loop: Syria → Albu Kamal → Deir ez-Zor → Syria');

    // Other types may go both ways; member-of is checked on its own edges only.
    await relate(core, b.id, 'opposed_to', a.id);
    await relate(core, c.id, 'member_of', a.id);
    expect(errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: c.id, type: 'member_of' })).message).toContain(
      'Albu Kamal → Syria → Albu Kamal',
    );
  });

  it('refuses evidence that is not a passage', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'A' });
    const b = await makeCard(core, { type: 'person', name: 'B' });
    const error = errorOf(await core.dispatch('relations.create', { sourceId: a.id, targetId: b.id, type: 'allied_with', evidence: ['no-such-passage'] }));
    expect(error).toMatchObject({ code: 'not_found', field: 'evidence' });
    expect(error.message).toContain('no-such-passage');
    expect((await getCard(core, a.id)).relations).toEqual([]);
  });

  it('updates type, label, date and evidence with the same checks, and deletes', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'place', name: 'Raqqa' });
    const b = await makeCard(core, { type: 'place', name: 'Syria' });
    const text = 'Raqqa lies in Syria.';
    const clippingId = await makeClipping(core, text);
    const passage = await markPassage(core, clippingId, text, 'Raqqa lies in Syria');
    await relate(core, b.id, 'located_in', a.id);
    const relation = await relate(core, a.id, 'other', b.id, { label: 'near' });

    const loop = errorOf(await core.dispatch('relations.update', { id: relation.id, patch: { type: 'located_in' } }));
    expect(loop.message).toContain('would make a loop');
    expect(errorOf(await core.dispatch('relations.update', { id: relation.id, patch: { label: '' } })).field).toBe('label');

    const updated = valueOf(
      await core.dispatch('relations.update', { id: relation.id, patch: { type: 'allied_with', date: '2015', evidence: [passage.id] } }),
    ) as Relation;
    expect(updated).toMatchObject({ type: 'allied_with', label: null, date: '2015', evidence: [{ id: passage.id }] });
    const cleared = valueOf(await core.dispatch('relations.update', { id: relation.id, patch: { date: null, evidence: [] } })) as Relation;
    expect(cleared).toMatchObject({ date: null, evidence: [] });

    expect(valueOf(await core.dispatch('relations.delete', { id: relation.id })) as BulkResult).toEqual({ count: 1 });
    expect(errorOf(await core.dispatch('relations.update', { id: relation.id, patch: { date: '2016' } })).code).toBe('not_found');
    expect((await getCard(core, a.id)).relations.map((r) => r.type)).toEqual(['located_in']);
  });

  it('keeps the relation when its evidence passage is deleted, without that evidence', async () => {
    const core = openTempCore();
    const a = await makeCard(core, { type: 'person', name: 'A' });
    const b = await makeCard(core, { type: 'person', name: 'B' });
    const text = 'A and B fought together.';
    const passage = await markPassage(core, await makeClipping(core, text), text, 'A and B');
    await relate(core, a.id, 'allied_with', b.id, { evidence: [passage.id] });
    await core.dispatch('passages.delete', { id: passage.id });
    expect((await getCard(core, a.id)).relations[0]?.evidence).toEqual([]);
  });
});
