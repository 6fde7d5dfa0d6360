// The app fills the next-word index in the background: rows queued before it opened, and rows
// written while it is open, in this process or another; another process's write lock makes it
// wait for its next turn, never fail or hold the event loop.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { openCore } from '../../../../electron/core/core';
import { startPhrasePairsFill } from '../../../../electron/core/search/phrase-pairs-fill';
import { callCore as call, makeTempDir } from '../../../helpers/temp-library';

const FAST = { sliceMs: 5, gapMs: 1, idleMs: 5, failedMs: 5 };
const queued = (db: Database.Database) => db.prepare('SELECT count(*) FROM search_pairs_pending').pluck().get() as number;
const filled = (db: Database.Database) => db.prepare('SELECT count(*) FROM search_pairs_docsize').pluck().get() as number;

function library() {
  const path = join(makeTempDir(), 'library.sqlite');
  const errors: unknown[] = [];
  const core = openCore(path, { logError: (_method, error) => errors.push(error) });
  onTestFinished(() => core.close());
  const db = new Database(path);
  onTestFinished(() => {
    db.close();
  });
  return { core, db, errors };
}

describe('filling the next-word index in the background', () => {
  it('fills the rows queued before and those written since, then waits for more', async () => {
    const { core, db, errors } = library();
    for (let i = 0; i < 30; i++) await call(core, 'clippings.create', { title: `Report ${i}`, text: `ceasefire talks resumed on day ${i}` });
    expect(queued(db)).toBe(30);
    const fill = startPhrasePairsFill(db, (error) => errors.push(error), FAST);
    onTestFinished(() => fill.stop());
    await vi.waitFor(() => expect(queued(db)).toBe(0), { timeout: 20_000, interval: 20 });
    expect(filled(db)).toBe(30);
    // Written by another connection (as another process would): found on the next look.
    await call(core, 'clippings.create', { title: 'Later', text: 'the envoy left' });
    await vi.waitFor(() => expect(filled(db)).toBe(31), { timeout: 20_000, interval: 20 });
    expect(errors).toEqual([]);
  });

  it("waits its turn while another process holds the write lock, and keeps the connection's busy timeout", async () => {
    const { core, db, errors } = library();
    await call(core, 'clippings.create', { title: 'Report', text: 'ceasefire talks resumed' });
    const other = new Database(core.libraryPath);
    onTestFinished(() => {
      other.close();
    });
    // Were the fill to wait for the lock, it would hold the event loop for a minute (the test's limit is less).
    db.pragma('busy_timeout = 60000');
    other.exec('BEGIN IMMEDIATE');
    const fill = startPhrasePairsFill(db, (error) => errors.push(error), FAST);
    onTestFinished(() => fill.stop());
    // The event loop keeps turning under the lock, between the fill's turns: the queue stays, nothing fails.
    let turns = 0;
    await vi.waitFor(() => expect(++turns).toBeGreaterThan(20), { timeout: 20_000, interval: 5 });
    expect(queued(db)).toBe(1);
    other.exec('COMMIT');
    await vi.waitFor(() => expect(queued(db)).toBe(0), { timeout: 20_000, interval: 20 });
    expect(errors).toEqual([]);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(60000);
  });

  it('runs in a core opened to fill it, and stops when the core closes', async () => {
    const path = join(makeTempDir(), 'library.sqlite');
    const core = openCore(path, { logError: () => {}, fillPhraseIndex: true });
    await call(core, 'clippings.create', { title: 'Report', text: 'ceasefire talks resumed' });
    const db = new Database(path, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    await vi.waitFor(() => expect(queued(db)).toBe(0), { timeout: 20_000, interval: 20 });
    core.close();
  });
});
