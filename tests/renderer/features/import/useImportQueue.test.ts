// @vitest-environment jsdom
// Bulk import sends files in small batches (clippings.importFiles): progress moves a batch at a
// time, Cancel stops after the batch in flight, a failed call fails only its own files, and the next
// batch is read while the core stores the current one.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../shared/errors';
import { PAGE_IMPORT_BATCH } from '../../../../shared/import-batches';
import type { PickedFile } from '../../../../renderer/src/features/import/fileTypes';
import type { FileOutcome } from '../../../../renderer/src/features/import/useImportQueue';
import { installFakeCore, type PendingCall } from '../../api/fake-core';
import { during, renderHook, settle } from '../../api/render-hook';

let calls: PendingCall[];
let useImportQueue: typeof import('../../../../renderer/src/features/import/useImportQueue').useImportQueue;

beforeAll(async () => {
  calls = installFakeCore();
  ({ useImportQueue } = await import('../../../../renderer/src/features/import/useImportQueue'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

const picked = (path: string, text = `The text of ${path}.`): PickedFile => ({ file: new File([text], path.split('/').pop()!), path });
const folder = (count: number) => Array.from({ length: count }, (_, i) => picked(`cables/c${String(i).padStart(3, '0')}.txt`));

type Sent = Array<{ fileName: string; contentBase64: string }>;
const importCalls = () => calls.filter((call) => call.method === 'clippings.importFiles');
const sentNames = (call: PendingCall) => (call.input.files as Sent).map((file) => file.fileName);

/** Settles until `count` importFiles calls were made (reading files takes a few turns in jsdom). */
async function untilImportCalls(count: number): Promise<PendingCall> {
  for (let turn = 0; turn < 200 && importCalls().length < count; turn++) await settle();
  expect(importCalls()).toHaveLength(count);
  return importCalls()[count - 1]!;
}

function stored(fileName: string): ApiResult<unknown> {
  const id = `id-${fileName}`;
  return { ok: true, value: { clipping: { id, title: `Title of ${fileName}`, nearDuplicateOf: null }, duplicateOf: null, nearDuplicateOf: null } };
}

/** Answers an importFiles call with every file stored, or with `special` answers by file name. */
function answerBatch(call: PendingCall, special: Record<string, ApiResult<unknown>> = {}): void {
  call.answer({ ok: true, value: { results: sentNames(call).map((name) => special[name] ?? stored(name)) } });
}

async function startQueue() {
  calls.length = 0;
  const refreshed = vi.fn();
  const hook = await renderHook(() => useImportQueue(refreshed, () => null), undefined);
  return { hook, refreshed };
}

describe('useImportQueue', () => {
  it('sends files in batches of PAGE_IMPORT_BATCH.files, in order, with progress per batch and each file’s result as before', async () => {
    const { hook } = await startQueue();
    const files = folder(25);
    await during(() => hook.current().importFiles([...files, picked('cables/photo.jpg')]));
    const first = await untilImportCalls(1);
    expect(calls.filter((call) => call.method === 'clippings.importFile')).toEqual([]);
    expect(sentNames(first)).toEqual(files.slice(0, PAGE_IMPORT_BATCH.files).map((f) => f.file.name));
    const content = (first.input.files as Sent)[0]!.contentBase64;
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe('The text of cables/c000.txt.');
    // The refused photo is counted and reported without being sent; the batch in flight is named.
    expect(hook.current().run).toMatchObject({ total: 26, finished: false, current: files.slice(0, 10).map((f) => f.path) });
    expect(hook.current().run!.outcomes).toEqual([{ path: 'cables/photo.jpg', status: 'failed', message: expect.stringMatching(/^\.jpg files cannot/) }]);

    answerBatch(first, {
      'c001.txt': { ok: true, value: { clipping: null, duplicateOf: 'id-old', nearDuplicateOf: null } },
      'c002.txt': { ok: false, error: { code: 'invalid_input', message: 'c002.txt is empty: there is nothing to import.' } },
      'c003.txt': {
        ok: true,
        value: { clipping: { id: 'id-3', title: 'Three', nearDuplicateOf: { id: 'id-0', title: 'Zero' } }, duplicateOf: null, nearDuplicateOf: 'id-0' },
      },
    });
    await settle();
    // A duplicate is named by the title of the clipping it repeats, as the summary shows it.
    const lookup = calls.find((call) => call.method === 'clippings.get')!;
    expect(lookup.input).toEqual({ id: 'id-old' });
    lookup.answer({ ok: true, value: { id: 'id-old', title: 'The old cable' } });
    const second = await untilImportCalls(2);
    expect(sentNames(second)).toEqual(files.slice(10, 20).map((f) => f.file.name));
    const outcomes = hook.current().run!.outcomes;
    expect(outcomes).toHaveLength(11);
    expect(outcomes.slice(1, 5)).toEqual<FileOutcome[]>([
      { path: 'cables/c000.txt', status: 'imported', id: 'id-c000.txt', title: 'Title of c000.txt', nearDuplicateOf: null },
      { path: 'cables/c001.txt', status: 'duplicate', duplicateOf: { id: 'id-old', title: 'The old cable' } },
      { path: 'cables/c002.txt', status: 'failed', message: 'c002.txt is empty: there is nothing to import.' },
      { path: 'cables/c003.txt', status: 'imported', id: 'id-3', title: 'Three', nearDuplicateOf: { id: 'id-0', title: 'Zero' } },
    ]);

    answerBatch(second);
    const third = await untilImportCalls(3);
    expect(sentNames(third)).toEqual(files.slice(20).map((f) => f.file.name));
    expect(hook.current().run!.outcomes).toHaveLength(21);
    answerBatch(third);
    await settle();
    expect(hook.current().run).toMatchObject({ finished: true, current: [], notTried: 0 });
    expect(hook.current().run!.outcomes.map((o) => o.path)).toEqual(['cables/photo.jpg', ...files.map((f) => f.path)]);
    hook.unmount();
  });

  it('starts a new batch before PAGE_IMPORT_BATCH.bytes would be passed, and sends a larger file alone', async () => {
    const { hook } = await startQueue();
    const third = Math.floor(PAGE_IMPORT_BATCH.bytes / 3);
    const files = [
      picked('a.txt', 'a'.repeat(third)),
      picked('b.txt', 'b'.repeat(third)),
      picked('c.txt', 'c'.repeat(third)),
      picked('d.txt', 'd'.repeat(third)),
      picked('e.txt', 'e'.repeat(PAGE_IMPORT_BATCH.bytes + 1)),
      picked('f.txt'),
    ];
    await during(() => hook.current().importFiles(files));
    answerBatch(await untilImportCalls(1));
    answerBatch(await untilImportCalls(2));
    answerBatch(await untilImportCalls(3));
    answerBatch(await untilImportCalls(4));
    await settle();
    expect(importCalls().map(sentNames)).toEqual([['a.txt', 'b.txt', 'c.txt'], ['d.txt'], ['e.txt'], ['f.txt']]);
    expect(hook.current().run).toMatchObject({ finished: true, notTried: 0 });
    expect(hook.current().run!.outcomes.every((o) => o.status === 'imported')).toBe(true);
    hook.unmount();
  });

  it('reads the next batch while the core stores the current one', async () => {
    const reads = vi.spyOn(FileReader.prototype, 'readAsDataURL');
    const { hook } = await startQueue();
    await during(() => hook.current().importFiles(folder(30)));
    const first = await untilImportCalls(1);
    for (let turn = 0; turn < 200 && reads.mock.calls.length < 20; turn++) await settle();
    // The second batch is read, but not sent before the first is answered.
    expect(reads.mock.calls).toHaveLength(20);
    expect(importCalls()).toHaveLength(1);
    answerBatch(first);
    await untilImportCalls(2);
    hook.unmount();
  });

  it('stops after the batch in flight on Cancel, keeping its results and reporting the rest as not tried', async () => {
    const { hook, refreshed } = await startQueue();
    await during(() => hook.current().importFiles(folder(35)));
    answerBatch(await untilImportCalls(1));
    const second = await untilImportCalls(2);
    await during(() => hook.current().cancel());
    expect(hook.current().run).toMatchObject({
      cancelling: true,
      finished: false,
      current: folder(35)
        .slice(10, 20)
        .map((f) => f.path),
    });
    answerBatch(second);
    await settle();
    expect(hook.current().run).toMatchObject({ finished: true, cancelling: false, notTried: 15 });
    expect(hook.current().run!.outcomes.map((o) => o.status)).toEqual(Array(20).fill('imported'));
    for (let turn = 0; turn < 5; turn++) await settle();
    expect(importCalls()).toHaveLength(2);
    expect(refreshed).toHaveBeenCalled();
    hook.unmount();
  });

  it('fails only the files of a call that fails as a whole, and goes on with the next batch', async () => {
    const { hook } = await startQueue();
    await during(() => hook.current().importFiles(folder(30)));
    const tooLarge = 'The request is larger than 48 MiB (MAX_REQUEST_BYTES), so it was refused.';
    (await untilImportCalls(1)).answer({ ok: false, error: { code: 'too_large', message: tooLarge } });
    // The next call's transport breaks outright (a closed channel), once: its files fail with why.
    const notebook = window.notebook!;
    window.notebook = {
      call: () => {
        window.notebook = notebook;
        return Promise.reject(new Error('The channel closed'));
      },
    };
    answerBatch(await untilImportCalls(2));
    await settle();
    const outcomes = hook.current().run!.outcomes;
    expect(hook.current().run).toMatchObject({ finished: true, notTried: 0 });
    expect(outcomes.slice(0, 10)).toEqual(folder(10).map((f) => ({ path: f.path, status: 'failed', message: tooLarge })));
    expect(outcomes.slice(10, 20).every((o) => o.status === 'failed' && o.message.includes('The channel closed'))).toBe(true);
    expect(outcomes.slice(20).every((o) => o.status === 'imported')).toBe(true);
    hook.unmount();
  });

  it('adds files picked during a run to its queue and its total', async () => {
    const { hook } = await startQueue();
    await during(() => hook.current().importFiles(folder(5)));
    const first = await untilImportCalls(1);
    await during(() => hook.current().importFiles([picked('later/z.txt')]));
    expect(hook.current().run!.total).toBe(6);
    answerBatch(first);
    expect(sentNames(await untilImportCalls(2))).toEqual(['z.txt']);
    answerBatch(importCalls()[1]!);
    await settle();
    expect(hook.current().run).toMatchObject({ finished: true, total: 6 });
    expect(hook.current().run!.outcomes).toHaveLength(6);
    hook.unmount();
  });
});
