// A library written by the previous schema version opens in today's app, migrated, clippings intact.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clipping, ClippingSummary, ImportResult, LibraryInfo, Page } from '../../../../shared/domain';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { inspectSqliteHeader } from '../../../../electron/core/db/sqlite-header';
import { FIXTURE_V1, FIXTURE_V1_PATH } from '../../../fixtures/make-library-v1';
import { fileSha256, makeTempDir, openTrackedCore, sha256Hex, valueOf } from '../../../helpers/temp-library';

describe('a library at schema version 1', () => {
  it('is really version 1 (the fixture itself)', () => {
    expect(inspectSqliteHeader(readFileSync(FIXTURE_V1_PATH).subarray(0, 100))).toEqual({ kind: 'sqlite', userVersion: 1 });
  });

  it('is migrated to the latest version with its clippings intact', async () => {
    const fixtureHash = fileSha256(FIXTURE_V1_PATH);
    const path = join(makeTempDir(), 'library.sqlite');
    copyFileSync(FIXTURE_V1_PATH, path);
    const core = openTrackedCore(path);

    const info = valueOf(await core.dispatch('library.info', {})) as LibraryInfo;
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.clippingCount).toBe(2);
    expect(info.libraryId).toMatch(/^[0-9a-f]{32}$/);

    const page = valueOf(await core.dispatch('clippings.list', {})) as Page<ClippingSummary>;
    expect(page.total).toBe(2);
    // Newest first.
    expect(page.items.map((item) => item.id)).toEqual([FIXTURE_V1.clippings[1].id, FIXTURE_V1.clippings[0].id]);

    for (const expected of FIXTURE_V1.clippings) {
      const clipping = valueOf(await core.dispatch('clippings.get', { id: expected.id })) as Clipping;
      expect(clipping).toMatchObject({
        id: expected.id,
        title: expected.title,
        text: expected.text,
        wordCount: expected.wordCount,
        capturedAt: expected.capturedAt,
        sha256: sha256Hex(FIXTURE_V1.originalText),
        sourceName: null,
        importer: 'paste',
      });
    }
    // Migration 3 indexed the old texts: pasting one of them again is an exact duplicate.
    const again = valueOf(await core.dispatch('clippings.create', { text: FIXTURE_V1.clippings[0].text })) as ImportResult;
    expect(again.duplicateOf).toBe(FIXTURE_V1.clippings[0].id);
    expect(fileSha256(FIXTURE_V1_PATH), 'the committed fixture is never opened in place').toBe(fixtureHash);
  });

  it('gets from migration 3 the same duplicate index as today’s rebuild of it (cli repair) makes', () => {
    const path = join(makeTempDir(), 'library.sqlite');
    copyFileSync(FIXTURE_V1_PATH, path);
    const core = openTrackedCore(path);
    const indexRows = () => {
      const db = new Database(path, { readonly: true });
      try {
        return {
          hashes: db.prepare('SELECT id, text_hash FROM clippings ORDER BY id').all(),
          minhash: db
            .prepare('SELECT c.id, hex(m.signature) AS signature FROM clipping_minhash m JOIN clippings c ON c.rowid = m.clipping_rowid ORDER BY c.id')
            .all(),
          lsh: db.prepare('SELECT l.band, l.bucket, c.id FROM clipping_lsh l JOIN clippings c ON c.rowid = l.clipping_rowid ORDER BY c.id, l.band').all(),
        };
      } finally {
        db.close();
      }
    };
    const upgraded = indexRows();
    expect([upgraded.minhash.length, upgraded.lsh.length]).toEqual([2, 40]);
    core.repair();
    expect(indexRows()).toEqual(upgraded);
  });
});
