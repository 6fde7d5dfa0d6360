// Saved searches count the clippings captured since they were last opened that match, and opening
// one lists those and starts counting again.
import { describe, expect, it } from 'vitest';
import type { SavedSearch, SearchResults } from '../../../../shared/search/types';
import { openTempCore, valueOf } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

async function call<T>(core: TempCore, method: string, input: unknown): Promise<T> {
  return valueOf((await core.dispatch(method as never, input as never)) as never) as T;
}

const paste = async (core: TempCore, title: string, text: string) =>
  (await call<{ clipping: { id: string } }>(core, 'clippings.create', { title, text })).clipping.id;

describe('saved searches', () => {
  it('count new matching clippings, list them when opened, then count from then', async () => {
    const core = openTempCore();
    await paste(core, 'Old', 'A convoy seen last week.');
    const saved = await call<SavedSearch>(core, 'savedSearches.create', { query: 'convoy' });
    expect(saved).toMatchObject({ name: 'convoy', query: 'convoy', newCount: 0 });
    const fresh = await paste(core, 'New', 'Another convoy today.');
    await paste(core, 'Unrelated', 'Nothing to see.');
    expect((await call<SavedSearch[]>(core, 'savedSearches.list', {})).map((row) => row.newCount)).toEqual([1]);
    const opened = await call<SearchResults>(core, 'savedSearches.open', { id: saved.id });
    expect(opened.hits.map((hit) => hit.id)).toEqual([fresh]);
    expect((await call<SavedSearch[]>(core, 'savedSearches.list', {}))[0]!.newCount).toBe(0);
    expect(await call(core, 'savedSearches.delete', { id: saved.id })).toEqual({ count: 1 });
    const missing = await core.dispatch('savedSearches.open', { id: saved.id });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});
