// after:/before: keep the same rows whether their set is built (few clippings in range) or each
// row's date is read (most of the library in range): only the cost differs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SEARCH_KINDS } from '../../../../shared/search/query-syntax';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { filterSql } from '../../../../electron/core/search/filters';
import { seedClippings } from '../../../helpers/seeded-clippings';
import { makeTempDir } from '../../../helpers/temp-library';

describe('filterSql dates', () => {
  it('keeps the same clippings and passages with a set and with each row read', () => {
    const library = openLibrary(join(makeTempDir('filters'), 'library.sqlite'));
    try {
      const { db } = library;
      const dates = ['2011-05-01', '2013-02-10', '2014-07-01', '2014-06-30', null, '2019-12-31', '2020'];
      seedClippings(
        db,
        dates.map((publishedAt, index) => ({ id: `c${index}`, title: `Report ${index}`, text: 'Shelling near the dam.', publishedAt })),
      );
      db.transaction(() => {
        db.prepare(
          `INSERT INTO passages (id, clipping_id, exact, prefix, suffix, start, end, anchor_status, color, created_at, updated_at)
          VALUES ('p1', 'c2', 'Shelling', '', ' near', 0, 8, 'exact', 'yellow', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')`,
        ).run();
      })();
      const rows = (query: string, perRow: boolean) => {
        const filter = filterSql(parseSearchQuery(query).filters, SEARCH_KINDS, { entityClippings: null, datesPerRow: perRow, outletNames: null });
        return db
          .prepare(
            `SELECT rowid FROM search_index WHERE search_index MATCH 'shelling' AND ${filter.where.replaceAll('{doc}', 'search_index.rowid')} ORDER BY rowid`,
          )
          .pluck()
          .all(filter.params);
      };
      for (const query of ['shelling after:2013', 'shelling before:2014-07', 'shelling after:2013 before:2015', 'shelling after:2030']) {
        expect(rows(query, true), query).toEqual(rows(query, false));
      }
      expect(rows('shelling after:2013 before:2015', true)).toHaveLength(4);
    } finally {
      library.close();
    }
  });
});
