// The ranked rows of a search whose best match holds some of the words but not all: it is found
// wherever it sits in the library, not only among the newest matches.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { createSearchQuery } from '../../../../electron/core/search/search-query';
import { SECOND_TIER_ROWS } from '../../../../electron/core/search/second-tier';
import { seedClippings } from '../../../helpers/seeded-clippings';
import { makeTempDir } from '../../../helpers/temp-library';

describe('ranked search, second tier', () => {
  it('ranks an old clipping with two of three words above 3,000 newer ones with one', () => {
    const library = openLibrary(join(makeTempDir('second-tier'), 'library.sqlite'));
    const newer = Array.from({ length: 3000 }, (_, index) => ({
      id: `newer-${index}`,
      title: `Road note ${index}`,
      text: `The convoy passed checkpoint ${index} without incident.`,
    }));
    seedClippings(library.db, [{ id: 'oldest', title: 'Desert road', text: 'A sandstorm hid the convoy on the desert road.' }, ...newer]);
    const search = createSearchQuery(library.db);
    // No clipping holds "ambush": every match is in the second tier.
    const results = search({ query: 'sandstorm convoy ambush', offset: 0, limit: 5 });
    expect(results.hits[0]!.id).toBe('oldest');
    expect(results.hits).toHaveLength(5);
    expect(results.counts.clipping).toBe(1000);
    library.close();
  });

  it('ranks the newest rows when every word found is in more rows than it ranks', () => {
    const library = openLibrary(join(makeTempDir('second-tier'), 'library.sqlite'));
    const road = (index: number, text: string) => ({ id: `road-${index}`, title: `Road note ${index}`, text });
    const notes = Array.from({ length: SECOND_TIER_ROWS + 1000 }, (_, index) => road(index, `The convoy passed checkpoint ${index}.`));
    // The strongest match of all is older than the newest SECOND_TIER_ROWS rows; the next is among them.
    notes[10] = road(10, 'Convoy after convoy at the checkpoint: the convoy checkpoint again.');
    notes[5000] = road(5000, 'The convoy reached the checkpoint; the convoy left the checkpoint.');
    seedClippings(library.db, notes);
    const results = createSearchQuery(library.db)({ query: 'convoy checkpoint ambush', offset: 0, limit: 3 });
    expect(results.hits.map((hit) => hit.id)[0]).toBe('road-5000');
    expect(results.hits).toHaveLength(3);
    library.close();
  });
});
