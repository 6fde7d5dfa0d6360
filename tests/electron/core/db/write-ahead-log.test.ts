// Bulk imports share WAL checkpoints: wal_autocheckpoint is raised while bulk work runs (many
// commits, one checkpoint), and when the last of it ends the setting is restored and the WAL is
// checkpointed, so that it neither grows without bound nor stays full after the import.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BULK_AUTOCHECKPOINT_PAGES, DEFAULT_AUTOCHECKPOINT_PAGES } from '../../../../electron/core/db/write-ahead-log';
import { writeTransactions } from '../../../../electron/core/db/write-transaction';
import { makeTempDir, openTempCore, valueOf } from '../../../helpers/temp-library';

function walLibrary(): { db: Database.Database; path: string } {
  const path = join(makeTempDir(), 'wal.sqlite');
  const db = new Database(path);
  onTestFinished(() => void db.close());
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x TEXT)');
  return { db, path };
}

/** The database size its file's header records: it counts only pages checkpointed into the file. */
function pagesInFile(path: string): number {
  return readFileSync(path).readUInt32BE(28);
}

const autocheckpoint = (db: Database.Database) => db.pragma('wal_autocheckpoint', { simple: true }) as number;

describe('write.bulk', () => {
  it('raises wal_autocheckpoint while bulk work runs, then restores it and checkpoints the WAL into the file', async () => {
    const { db, path } = walLibrary();
    const write = writeTransactions(db);
    const insert = write((x: string) => db.prepare('INSERT INTO t VALUES (?)').run(x));
    let during = 0;
    await write.bulk.run(async () => {
      for (let i = 0; i < 200; i++) insert('x'.repeat(2000));
      during = autocheckpoint(db);
    });
    expect(during).toBe(BULK_AUTOCHECKPOINT_PAGES);
    await write.bulk.settled();
    expect(autocheckpoint(db)).toBe(DEFAULT_AUTOCHECKPOINT_PAGES);
    expect(pagesInFile(path)).toBe(db.pragma('page_count', { simple: true }));
  });

  it('checkpoints once after bulk work that overlaps or follows at once, not between', async () => {
    const { db, path } = walLibrary();
    const write = writeTransactions(db);
    const insert = write((x: string) => db.prepare('INSERT INTO t VALUES (?)').run(x));
    const fileSizes: number[] = [];
    // Like a caller sending batch after batch: each begins as soon as the one before answers.
    for (let batch = 0; batch < 3; batch++) {
      await write.bulk.run(async () => {
        insert(`batch ${batch}`);
      });
      fileSizes.push(pagesInFile(path));
    }
    expect(new Set(fileSizes).size).toBe(1);
    await write.bulk.settled();
    expect(pagesInFile(path)).toBe(db.pragma('page_count', { simple: true }));
  });

  it('leaves a clipping import checkpointed into the library file once it has answered', async () => {
    const core = openTempCore();
    const files = ['one', 'two', 'three'].map((word) => ({
      fileName: `${word}.txt`,
      contentBase64: Buffer.from(`Report ${word}\n${`${word} words in a row `.repeat(200)}`).toString('base64'),
    }));
    valueOf(await core.dispatch('clippings.importFiles', { files }));
    // The checkpoint was scheduled for the next turn of the event loop before the answer came back.
    await new Promise((resolve) => setImmediate(resolve));
    const libraryPath = join(core.dir, 'library.sqlite');
    const reader = new Database(libraryPath, { readonly: true });
    onTestFinished(() => void reader.close());
    expect(pagesInFile(libraryPath)).toBe(reader.pragma('page_count', { simple: true }));
  });
});
