// entity:"Name" over a card named in more clippings than ENTITY_CLIPPING_CAP: the newest that many
// are kept, clippings linked to the card are kept whatever their age, and the answer says so. A
// list of that one filter alone reads only the mentions it can show, and loses nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { ENTITY_CLIPPING_CAP, createEntityClippings, namePhrases } from '../../../../electron/core/search/entity-clippings';
import { createSearchQuery } from '../../../../electron/core/search/search-query';
import { SEARCH_COUNT_CAP } from '../../../../shared/search/types';
import { seedClippings } from '../../../helpers/seeded-clippings';
import { makeTempDir } from '../../../helpers/temp-library';

function libraryNaming(count: number) {
  const library = openLibrary(join(makeTempDir('entity-cap'), 'library.sqlite'));
  seedClippings(
    library.db,
    Array.from({ length: count }, (_, index) => ({
      id: `c${index + 1}`,
      title: `Report ${index + 1}`,
      text: `Abu Bakr al-Baghdadi was named in report ${index + 1}.`,
    })),
  );
  return library;
}

describe('entity: clippings', () => {
  it('keeps the newest ENTITY_CLIPPING_CAP clippings naming a card, and says the rest were not searched', () => {
    const library = libraryNaming(ENTITY_CLIPPING_CAP + 5);
    try {
      const { clippings, capped } = createEntityClippings(library.db)(['Abu Bakr al-Baghdadi']);
      expect(clippings).toHaveLength(ENTITY_CLIPPING_CAP);
      expect(Math.min(...clippings!)).toBe(6);
      expect(capped).toEqual(['Abu Bakr al-Baghdadi']);
      const results = createSearchQuery(library.db)({ query: 'named entity:"Abu Bakr al-Baghdadi"', offset: 0, limit: 5 });
      expect(results.hints.some((hint) => hint.includes('newest 5,000'))).toBe(true);
    } finally {
      library.close();
    }
  });

  it('lists one entity: filter newest first from only the mentions a page can show, with no hint and no row lost', () => {
    const library = libraryNaming(ENTITY_CLIPPING_CAP + 5);
    try {
      const search = createSearchQuery(library.db);
      const first = search({ query: 'entity:"Abu Bakr al-Baghdadi"', offset: 0, limit: 3 });
      expect(first.hints).toEqual([]);
      expect(first.counts.clipping).toBe(SEARCH_COUNT_CAP);
      expect(first.hits.map((hit) => hit.title)).toEqual(['Report 5005', 'Report 5004', 'Report 5003']);
      // Past the count's cap, the next page is still the next newest.
      const deep = search({ query: 'entity:"Abu Bakr al-Baghdadi"', offset: 4_998, limit: 10 });
      expect(deep.hits.map((hit) => hit.title)).toEqual(['Report 7', 'Report 6', 'Report 5', 'Report 4', 'Report 3', 'Report 2', 'Report 1']);
    } finally {
      library.close();
    }
  });

  it('says nothing when every clipping naming the card was searched', () => {
    const library = libraryNaming(3);
    try {
      const { clippings, capped } = createEntityClippings(library.db)(['Abu Bakr al-Baghdadi']);
      expect(clippings!.sort()).toEqual([1, 2, 3]);
      expect(capped).toEqual([]);
    } finally {
      library.close();
    }
  });

  it("looks for each distinct phrase of a card's names once, however many cards or spellings share it", () => {
    expect(namePhrases(['Abu Bilal al-Mansour', 'Samir Mansur', 'abu bilal Al Mansour', 'Samir Mansur', '—', 'Samir Mansour'])).toEqual([
      '"abu bilal al mansour"',
      '"samir mansur"',
      '"samir mansour"',
    ]);
  });
});
