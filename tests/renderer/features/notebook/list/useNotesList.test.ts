// @vitest-environment jsdom
// The Notes list asks the core for a page of notes, the library's count and the filter choices; the
// next page follows on Load more, and a change elsewhere asks all three again.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../../../shared/domain';
import { installFakeCore, type PendingCall } from '../../../api/fake-core';
import { during, renderHook, settle } from '../../../api/render-hook';
import type { NoteListFilters } from '../../../../../renderer/src/features/notebook/list/useNotesList';

let calls: PendingCall[];
let useNotesList: typeof import('../../../../../renderer/src/features/notebook/list/useNotesList').useNotesList;

beforeAll(async () => {
  calls = installFakeCore();
  ({ useNotesList } = await import('../../../../../renderer/src/features/notebook/list/useNotesList'));
});

const note = (i: number): NoteSummary => ({ id: `n${i}`, title: `Note ${i}`, folder: null, tags: [], revision: 0, createdAt: '', updatedAt: '' });
const notes = (from: number, count: number) => Array.from({ length: count }, (_, i) => note(from + i));
const ALL: NoteListFilters = { query: '', sort: 'updated', folder: null, tag: null };

/** Answers the calls asked since `from`, by method. */
function answer(from: number, answers: Record<string, (input: Record<string, unknown>) => unknown>): void {
  for (const call of calls.slice(from)) call.answer({ ok: true, value: answers[call.method]!(call.input) });
}

describe('useNotesList', () => {
  it('pages the notes, counts the library and takes the folders and tags from the core', async () => {
    calls.length = 0;
    const hook = await renderHook((p: { filters: NoteListFilters; refresh: number }) => useNotesList(p.filters, p.refresh), { filters: ALL, refresh: 0 });
    expect(calls.map((c) => [c.method, c.input])).toEqual([
      ['notes.list', { sort: 'updated', offset: 0, limit: 100 }],
      ['notes.list', { limit: 1 }],
      ['notes.facets', {}],
    ]);
    const facets = { folders: [{ value: 'Archive', count: 3 }], tags: [{ value: 'old', count: 3 }] };
    answer(0, {
      'notes.list': (input) =>
        input.limit === 1 ? { items: notes(0, 1), total: 130, offset: 0, limit: 1 } : { items: notes(0, 100), total: 130, offset: 0, limit: 100 },
      'notes.facets': () => facets,
    });
    await settle();
    expect(hook.current()).toMatchObject({ total: 130, libraryTotal: 130, facets, hasMore: true, error: null });
    expect(hook.current().notes).toHaveLength(100);

    await during(() => hook.current().loadMore());
    expect(calls[3]).toMatchObject({ method: 'notes.list', input: { sort: 'updated', offset: 100, limit: 100 } });
    answer(3, { 'notes.list': () => ({ items: notes(100, 30), total: 130, offset: 100, limit: 100 }) });
    await settle();
    expect(hook.current()).toMatchObject({ hasMore: false });
    expect(
      hook
        .current()
        .notes.map((n) => n.id)
        .slice(-1),
    ).toEqual(['n129']);
    hook.unmount();
  });

  it('sends the filters, and keeps the library count apart from the filtered one', async () => {
    calls.length = 0;
    const filters: NoteListFilters = { query: ' convoy ', sort: 'title', folder: 'Syria', tag: 'aid' };
    const hook = await renderHook((f: NoteListFilters) => useNotesList(f, 0), filters);
    expect(calls[0]!.input).toEqual({ sort: 'title', query: 'convoy', folder: 'Syria', tag: 'aid', offset: 0, limit: 100 });
    answer(0, {
      'notes.list': (input) => (input.limit === 1 ? { items: [], total: 40, offset: 0, limit: 1 } : { items: notes(0, 2), total: 2, offset: 0, limit: 100 }),
      'notes.facets': () => ({ folders: [], tags: [] }),
    });
    await settle();
    expect(hook.current()).toMatchObject({ total: 2, libraryTotal: 40, hasMore: false });
    hook.unmount();
  });
});
