// Suggestions through the core: a known-card row whose words other live cards also carry says which.
import { describe, expect, it } from 'vitest';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { makeCard, makeClipping } from '../../../helpers/entity-fixtures';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

describe('entity suggestions for a clipping', () => {
  it('sets alsoNamed when the matched name belongs to more than one live card', async () => {
    const core = openTempCore();
    const julani = await makeCard(core, { type: 'person', name: 'Abu Muhammad al-Julani', aliases: ['Abu Muhammad'] });
    const adnani = await makeCard(core, { type: 'person', name: 'Abu Muhammad al-Adnani', aliases: ['Abou Muhammad'] });
    const merged = await makeCard(core, { type: 'person', name: 'Abu Muhammad' });
    await core.dispatch('entities.merge', { survivorId: julani.id, absorbedId: merged.id });
    const raqqa = await makeCard(core, { type: 'place', name: 'Raqqa' });
    const clippingId = await makeClipping(core, 'Abu Muhammad spoke in Raqqa. Abu Muhammad al-Adnani did not.');

    const rows = valueOf(await core.dispatch('entities.suggest', { clippingId })) as EntitySuggestion[];
    const ambiguous = rows.find((row) => row.text === 'Abu Muhammad')!;
    const chosen = ambiguous.entityId;
    expect([julani.id, adnani.id]).toContain(chosen);
    const other = chosen === julani.id ? adnani : julani;
    expect(ambiguous.alsoNamed).toEqual([{ entityId: other.id, name: other.name }]);
    expect(rows.find((row) => row.text === 'Raqqa')).toEqual({ text: 'Raqqa', start: 22, end: 27, type: 'place', name: 'Raqqa', entityId: raqqa.id });
    expect(rows.find((row) => row.text === 'Abu Muhammad al-Adnani')).not.toHaveProperty('alsoNamed');
  });
});

describe('rejecting an entity suggestion', () => {
  it('can be undone: the suggestion is offered again', async () => {
    const core = openTempCore();
    await makeCard(core, { type: 'place', name: 'Raqqa' });
    const clippingId = await makeClipping(core, 'They met in Raqqa.');
    const names = async () => (valueOf(await core.dispatch('entities.suggest', { clippingId })) as EntitySuggestion[]).map((row) => row.name);
    expect(await names()).toEqual(['Raqqa']);
    expect(valueOf(await core.dispatch('entities.rejectSuggestion', { clippingId, name: 'Raqqa', type: 'place' }))).toEqual({ count: 1 });
    expect(await names()).toEqual([]);

    expect(valueOf(await core.dispatch('entities.unrejectSuggestion', { clippingId, name: ' RAQQA ', type: 'place' }))).toEqual({ count: 1 });
    expect(await names()).toEqual(['Raqqa']);
    expect(valueOf(await core.dispatch('entities.unrejectSuggestion', { clippingId, name: 'Raqqa', type: 'place' }))).toEqual({ count: 0 });
    expect(await core.dispatch('entities.unrejectSuggestion', { clippingId: 'gone', name: 'Raqqa', type: 'place' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'clippingId' },
    });
  });
});
