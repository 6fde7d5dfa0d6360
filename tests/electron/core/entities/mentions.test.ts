// A card's "Mentioned in" list: every live clipping with a passage linked to the card comes first,
// even when its text no longer carries any of the card's names (after a rename), then the clippings
// the full-text index finds by name.
import { describe, expect, it } from 'vitest';
import { getCard, makeCard, makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { openTempCore } from '../../../helpers/temp-library';

describe('entity mentions', () => {
  it('lists a clipping with a linked passage after the card is renamed away from its text', async () => {
    const core = openTempCore();
    const card = await makeCard(core, { type: 'organization', name: 'Jabhat al-Nusra' });
    const linkedText = 'Jabhat al-Nusra fighters left the town.';
    const linkedId = await makeClipping(core, linkedText);
    const passage = await markPassage(core, linkedId, linkedText, 'fighters left the town');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: card.id });
    const trashedText = 'Jabhat al-Nusra held the bridge.';
    const trashedId = await makeClipping(core, trashedText);
    const trashedPassage = await markPassage(core, trashedId, trashedText, 'held the bridge');
    await core.dispatch('passages.link', { passageId: trashedPassage.id, entityId: card.id });
    await core.dispatch('clippings.trash', { ids: [trashedId] });

    await core.dispatch('entities.update', { id: card.id, patch: { name: 'Hayat Tahrir al-Sham' } });
    const mentioningId = await makeClipping(core, 'Hayat Tahrir al-Sham took the crossing.');

    const renamed = await getCard(core, card.id);
    expect(renamed.mentions).toEqual([
      { clippingId: linkedId, title: expect.any(String), linked: true },
      { clippingId: mentioningId, title: expect.any(String), linked: false },
    ]);
    expect(renamed.unlinkedMentionCount).toBe(1);
  });

  it('lists linked clippings even when no name of the card has a word to search for', async () => {
    const core = openTempCore();
    const card = await makeCard(core, { type: 'other', name: '—' });
    const text = 'An unnamed vessel docked at dawn.';
    const clippingId = await makeClipping(core, text);
    const passage = await markPassage(core, clippingId, text, 'unnamed vessel');
    await core.dispatch('passages.link', { passageId: passage.id, entityId: card.id });

    const found = await getCard(core, card.id);
    expect(found.mentions).toEqual([{ clippingId, title: expect.any(String), linked: true }]);
    expect(found.unlinkedMentionCount).toBe(0);
  });

  it('puts linked clippings first, newest first, each once however many passages it has', async () => {
    const core = openTempCore();
    const card = await makeCard(core, { type: 'person', name: 'Abu Bakr' });
    const mentionOnly = await makeClipping(core, 'Abu Bakr spoke once.');
    const text = 'Abu Bakr spoke twice, and Abu Bakr left.';
    const linkedId = await makeClipping(core, text);
    for (const quote of ['spoke twice', 'left']) {
      const passage = await markPassage(core, linkedId, text, quote);
      await core.dispatch('passages.link', { passageId: passage.id, entityId: card.id });
    }

    expect((await getCard(core, card.id)).mentions.map((m) => [m.clippingId, m.linked])).toEqual([
      [linkedId, true],
      [mentionOnly, false],
    ]);
  });
});
