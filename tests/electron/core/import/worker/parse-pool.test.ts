// The parse pool's limits, exercised with a stand-in worker that speaks the pool's protocol and
// misbehaves on cue (spins, eats memory, dies), so each limit is hit quickly and for certain.
import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool, defaultPoolOptions, type ParsePoolOptions } from '../../../../../electron/core/import/worker/parse-pool';
import { importDocumentOn } from '../../../../../electron/core/import/worker/pooled-import';
import { NotebookError } from '../../../../../shared/errors';

const STAND_IN_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job.fileName === 'spin.txt') for (;;) {}
  if (job.fileName === 'greedy.txt') { const kept = []; for (;;) kept.push(new Array(100000).fill(id + 0.5)); }
  if (job.fileName === 'dies.txt') process.exit(3);
  const document = { title: String(threadId), text: job.fileName + ' ' + job.bytes.length, html: null, outlet: null, byline: null,
    publishedAt: null, url: null, lang: null, pageStarts: null, mediaType: 'text/plain', importer: 'stand-in', importerVersion: '1' };
  parentPort.postMessage({ id, ok: true, value: document, heapUsedBytes: 0 });
});`;

let pools: ParsePool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  pools = [];
});

function standInPool(options: Partial<ParsePoolOptions> = {}): ParsePool {
  const pool = new ParsePool({ ...defaultPoolOptions(), script: { source: STAND_IN_WORKER, eval: true }, ...options });
  pools.push(pool);
  return pool;
}

const bytes = (text: string) => Buffer.from(text);

describe('the parse pool', () => {
  it('refuses a file over the time limit as too complex, and the rest of the batch goes on in a fresh worker', async () => {
    const pool = standInPool({ timeLimitMs: 1500 });
    const first = await importDocumentOn(pool, 'before.txt', bytes('x'));
    const refused = await importDocumentOn(pool, 'spin.txt', bytes('x')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotebookError);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: expect.stringMatching(
        /^spin\.txt is too complex to import safely \(reading it took longer than 1.5 s, the limit for one file\), so it was not imported .*Save it in a simpler form/,
      ),
    });
    const after = await importDocumentOn(pool, 'after.txt', bytes('xyz'));
    expect(after.text).toBe('after.txt 3');
    expect(after.title).not.toBe(first.title); // another thread: the spinning one was terminated
    expect(pool.size).toBe(1);
  });

  it('refuses a file over the memory cap as too complex, and the next file still imports', async () => {
    const pool = standInPool({ memoryLimitMb: 32 });
    await expect(importDocumentOn(pool, 'greedy.txt', bytes('x'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^greedy\.txt is too complex to import safely \(reading it needed more than 32 MB of memory, the limit for one file\)/),
    });
    expect((await importDocumentOn(pool, 'next.txt', bytes('ab'))).text).toBe('next.txt 2');
  });

  it('reports a worker that died as that file’s error only', async () => {
    const pool = standInPool();
    const results = await Promise.allSettled(['a.txt', 'dies.txt', 'b.txt'].map((name) => importDocumentOn(pool, name, bytes(name))));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/^dies\.txt could not be imported: its reader stopped unexpectedly/);
  });

  it('runs a batch on at most two workers, and closes idle ones', async () => {
    const pool = standInPool({ idleCloseMs: 50 });
    const names = Array.from({ length: 8 }, (_, index) => `file-${index}.txt`);
    const documents = await Promise.all(names.map((name) => importDocumentOn(pool, name, bytes(name))));
    expect(documents.map((document) => document.text)).toEqual(names.map((name) => `${name} ${name.length}`));
    expect(new Set(documents.map((document) => document.title)).size).toBeLessThanOrEqual(2);
    await expect.poll(() => pool.size, { timeout: 10_000 }).toBe(0);
  });

  it('replaces the worker after a large file, so its heap does not keep the file; small files share a worker', async () => {
    const pool = standInPool({ recycleAfterBytes: 1000 });
    const first = await importDocumentOn(pool, 'small-1.txt', bytes('x'));
    const second = await importDocumentOn(pool, 'small-2.txt', bytes('y'));
    expect(second.title).toBe(first.title);
    const large = await importDocumentOn(pool, 'large.txt', Buffer.alloc(1000, 120));
    expect(large.title).toBe(first.title);
    await expect.poll(() => pool.size, { timeout: 10_000 }).toBe(0);
    const after = await importDocumentOn(pool, 'small-3.txt', bytes('z'));
    expect(after.title).not.toBe(first.title);
  });

  it('transfers its own copy of the bytes: the caller keeps its buffer', async () => {
    const pool = standInPool();
    const mine = bytes('kept by the caller');
    await importDocumentOn(pool, 'copy.txt', mine);
    expect(mine.toString()).toBe('kept by the caller');
    const handedOver = new Uint8Array([1, 2, 3]);
    await pool.run({ kind: 'file', fileName: 'moved.txt', bytes: handedOver, withKeys: false }, [handedOver.buffer]);
    expect(handedOver.byteLength).toBe(0); // detached: moved, not cloned
  });
});

describe('jobs sent ahead to a busy worker', () => {
  const names = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}-${index}.txt`);
  const settleAll = (pool: ParsePool, files: string[]) => Promise.allSettled(files.map((name) => importDocumentOn(pool, name, bytes(name))));

  it('each get their own answer, in any number, on at most two workers', async () => {
    const pool = standInPool({ ahead: { jobs: 8, maxBytes: 1024 } });
    const files = names('many', 60);
    const documents = await Promise.all(files.map((name) => importDocumentOn(pool, name, bytes(name))));
    expect(documents.map((document) => document.text)).toEqual(files.map((name) => `${name} ${name.length}`));
    expect(new Set(documents.map((document) => document.title)).size).toBeLessThanOrEqual(2);
  });

  it('are read by a fresh worker when the one they waited on goes over the time limit', async () => {
    const pool = standInPool({ maxWorkers: 1, timeLimitMs: 1000, ahead: { jobs: 8, maxBytes: 1024 } });
    const results = await settleAll(pool, ['spin.txt', ...names('after-spin', 4)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/^spin\.txt is too complex to import safely \(reading it took longer than 1 s/);
  });

  it('are read by a fresh worker when the one they waited on dies or runs out of memory', async () => {
    const pool = standInPool({ maxWorkers: 1, memoryLimitMb: 32, ahead: { jobs: 8, maxBytes: 1024 } });
    const results = await settleAll(pool, ['first.txt', 'dies.txt', 'middle.txt', 'greedy.txt', ...names('last', 3)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/^dies\.txt could not be imported/);
    expect((results[3] as PromiseRejectedResult).reason.message).toMatch(/^greedy\.txt is too complex to import safely \(reading it needed more than 32 MB/);
  });

  it('are only small ones: a large file waits for a worker of its own', async () => {
    const pool = standInPool({ maxWorkers: 1, recycleAfterBytes: 1000, ahead: { jobs: 8, maxBytes: 100 } });
    const [small, large, after] = await Promise.all([
      importDocumentOn(pool, 'small.txt', bytes('x')),
      importDocumentOn(pool, 'large.txt', Buffer.alloc(1000, 120)),
      importDocumentOn(pool, 'after.txt', bytes('y')),
    ]);
    expect(large.text).toBe('large.txt 1000');
    // The large file's worker was replaced after it, so the next file was read by another thread.
    expect(after.title).not.toBe(large.title);
    expect(small.title).toBe(large.title);
  });

  it('end as a crash of their reader when the pool closes, instead of waiting for ever', async () => {
    const pool = standInPool({ maxWorkers: 1, ahead: { jobs: 1, maxBytes: 1024 } });
    const pending = settleAll(pool, ['spin.txt', ...names('waiting', 3)]);
    await expect.poll(() => pool.size).toBe(1);
    await pool.close();
    expect((await pending).map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
  });
});
