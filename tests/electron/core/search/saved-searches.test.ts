// Saved searches count the clippings captured since they were last opened that match, and opening
// one lists those and starts counting again.
import { describe, expect, it } from 'vitest';
import type { SavedSearch, SearchResults } from '../../../../shared/search/types';
import { openTempCore, callCore as call } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

const paste = async (core: TempCore, title: string, text: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text })).clipping.id;

describe('saved searches', () => {
  it('count new matching clippings, list them when opened, then count from then', async () => {
    const core = openTempCore();
    await paste(core, 'Old', 'A convoy seen last week.');
    const saved = await call<SavedSearch>(core, 'search.save', { query: 'convoy' });
    expect(saved).toMatchObject({ name: 'convoy', query: 'convoy', newCount: 0 });
    const fresh = await paste(core, 'New', 'Another convoy today.');
    await paste(core, 'Unrelated', 'Nothing to see.');
    expect((await call<SavedSearch[]>(core, 'search.listSaved', {})).map((row) => row.newCount)).toEqual([1]);
    const opened = await call<SearchResults>(core, 'search.openSaved', { id: saved.id });
    expect(opened.hits.map((hit) => hit.id)).toEqual([fresh]);
    expect((await call<SavedSearch[]>(core, 'search.listSaved', {}))[0]!.newCount).toBe(0);
    expect(await call(core, 'search.deleteSaved', { id: saved.id })).toEqual({ count: 1 });
    const missing = await core.dispatch('search.openSaved', { id: saved.id });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});
