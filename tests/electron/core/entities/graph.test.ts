// The link chart's data: live cards as nodes (optionally some types only) and the relations
// between nodes as edges.
import { describe, expect, it } from 'vitest';
import type { EntityGraph } from '../../../../shared/domain';
import { makeCard, relate } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

describe('entity graph', () => {
  it('lists live cards and the relations between the cards it lists', async () => {
    const core = openTempCore();
    const person = await makeCard(core, { type: 'person', name: 'Omar' });
    const group = await makeCard(core, { type: 'organization', name: 'Brigade' });
    const vessel = await makeCard(core, { type: 'other', otherLabel: 'vessel', name: 'Ship' });
    const twin = await makeCard(core, { type: 'organization', name: 'Brigade twin' });
    const place = await makeCard(core, { type: 'place', name: 'Port' });
    const member = await relate(core, person.id, 'member_of', group.id);
    const financed = await relate(core, vessel.id, 'other', group.id, { label: 'financed by' });
    const located = await relate(core, group.id, 'located_in', place.id);
    await core.dispatch('entities.merge', { survivorId: group.id, absorbedId: twin.id });

    const all = valueOf(await core.dispatch('entities.graph', {})) as EntityGraph;
    expect(all.nodes).toEqual([
      { id: group.id, type: 'organization', name: 'Brigade', otherLabel: null },
      { id: person.id, type: 'person', name: 'Omar', otherLabel: null },
      { id: place.id, type: 'place', name: 'Port', otherLabel: null },
      { id: vessel.id, type: 'other', name: 'Ship', otherLabel: 'vessel' },
    ]);
    // Oldest first; relations made in the same millisecond fall back to id order, so compare as sets.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...all.edges].sort(byId)).toEqual(
      [
        { id: member.id, sourceId: person.id, targetId: group.id, type: 'member_of', label: null },
        { id: financed.id, sourceId: vessel.id, targetId: group.id, type: 'other', label: 'financed by' },
        { id: located.id, sourceId: group.id, targetId: place.id, type: 'located_in', label: null },
      ].sort(byId),
    );

    const some = valueOf(await core.dispatch('entities.graph', { types: ['person', 'organization'] })) as EntityGraph;
    expect(some.nodes.map((n) => n.name)).toEqual(['Brigade', 'Omar']);
    expect(some.edges.map((e) => e.id)).toEqual([member.id]);
    expect(valueOf(await core.dispatch('entities.graph', { types: [] }))).toEqual({ nodes: [], edges: [] });
    expect(errorOf(await core.dispatch('entities.graph', { types: ['vessel'] })).code).toBe('invalid_input');
  });
});
