// Passage labels with counts, for the Passages place's filter: passages in live clippings only,
// labels that differ only in case counted together.
import { describe, expect, it } from 'vitest';
import { makeClipping, markPassage } from '../../../helpers/entity-fixtures';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

describe('passage facets', () => {
  it('counts passages per label in live clippings', async () => {
    const core = openTempCore();
    const text = 'One claim. Two claim. Three claim. Four claim.';
    const live = await makeClipping(core, text);
    await markPassage(core, live, text, 'One', { label: 'claim' });
    await markPassage(core, live, text, 'Two', { label: 'Claim' });
    await markPassage(core, live, text, 'Three', { label: 'denial' });
    await markPassage(core, live, text, 'Four');
    const trashedText = 'Trashed denial.';
    const trashed = await makeClipping(core, trashedText);
    await markPassage(core, trashed, trashedText, 'Trashed', { label: 'denial' });
    await markPassage(core, trashed, trashedText, 'denial', { label: 'only in trash' });
    await core.dispatch('clippings.trash', { ids: [trashed] });

    expect(valueOf(await core.dispatch('passages.facets', {}))).toEqual({
      labels: [
        { value: 'Claim', count: 2 },
        { value: 'denial', count: 1 },
      ],
    });
  });
});
