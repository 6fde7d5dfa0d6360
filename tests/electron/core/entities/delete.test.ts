// Deleting a card: its names, passage links and relations go; the passages stay; a later link to it
// is refused with a message that says what to do.
import { describe, expect, it } from 'vitest';
import type { EntitySummary, MergeResult, Page, Passage } from '../../../../shared/domain';
import { getCard, makeCard, makeClipping, markPassage, relate } from '../../../helpers/entity-fixtures';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

describe('deleting a card', () => {
  it('removes names, links and relations, keeps passages, and refuses later links clearly', async () => {
    const core = openTempCore();
    const doomed = await makeCard(core, { type: 'person', name: 'Omar al-Shishani', aliases: ['Abu Omar'], attributes: [{ key: 'born', value: '1986' }] });
    const other = await makeCard(core, { type: 'organization', name: 'Islamic State' });
    const text = 'Omar al-Shishani commanded Islamic State fighters.';
    const passage = await markPassage(core, await makeClipping(core, text), text, 'Omar al-Shishani');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: doomed.id });
    await core.dispatch('passages.link', { passageId: passage.id, entityId: other.id });
    await relate(core, doomed.id, 'member_of', other.id);

    expect(valueOf(await core.dispatch('entities.delete', { id: doomed.id }))).toEqual({ count: 1 });

    expect(errorOf(await core.dispatch('entities.get', { id: doomed.id })).code).toBe('not_found');
    const kept = valueOf(await core.dispatch('passages.list', {})) as Page<Passage>;
    expect(kept.items.map((p) => ({ id: p.id, entities: p.entities.map((e) => e.id) }))).toEqual([{ id: passage.id, entities: [other.id] }]);
    expect((await getCard(core, other.id)).relations).toEqual([]);
    expect(valueOf(await core.dispatch('entities.find', { query: 'Abu Omar' }))).toEqual([]);

    const link = errorOf(await core.dispatch('passages.link', { passageId: passage.id, entityId: doomed.id }));
    expect(link).toEqual({
      code: 'not_found',
      field: 'entityId',
      message: 'That card no longer exists — it may have been deleted. Choose another card or create one.',
    });
    expect(errorOf(await core.dispatch('entities.delete', { id: doomed.id })).code).toBe('not_found');
  });

  it('takes the cards merged into it along, and forgets merges that can no longer be undone', async () => {
    const core = openTempCore();
    const survivor = await makeCard(core, { type: 'place', name: 'Deir ez-Zor' });
    const absorbed = await makeCard(core, { type: 'place', name: 'Deir Ezzor' });
    const bystander = await makeCard(core, { type: 'place', name: 'Raqqa' });
    const merged = valueOf(await core.dispatch('entities.merge', { survivorId: survivor.id, absorbedId: absorbed.id })) as MergeResult;

    expect(errorOf(await core.dispatch('entities.delete', { id: absorbed.id })).code).toBe('conflict');
    expect(valueOf(await core.dispatch('entities.delete', { id: survivor.id }))).toEqual({ count: 1 });

    expect(errorOf(await core.dispatch('entities.undoMerge', { mergeId: merged.mergeId })).code).toBe('not_found');
    expect(errorOf(await core.dispatch('entities.get', { id: absorbed.id })).code).toBe('not_found');
    const left = valueOf(await core.dispatch('entities.list', {})) as Page<EntitySummary>;
    expect(left.items.map((e) => e.id)).toEqual([bystander.id]);
  });
});
