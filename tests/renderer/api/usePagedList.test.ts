// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/domain';
import type { ApiResult } from '../../../shared/errors';
import { usePagedList } from '../../../renderer/src/api/usePagedList';
import { during, renderHook, settle } from './render-hook';

/** A list of `total` numbers served a page at a time, recording each request. */
function numbers(total: number) {
  const asked: Array<[number, number]> = [];
  const fetchPage = async (offset: number, limit: number): Promise<ApiResult<Page<number>>> => {
    asked.push([offset, limit]);
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i);
    return { ok: true, value: { items, total, offset, limit } };
  };
  return { asked, fetchPage };
}

describe('usePagedList', () => {
  it('loads the first page, then more, and a refresh reloads as many rows as are shown', async () => {
    const source = numbers(25);
    const hook = await renderHook((refresh: number) => usePagedList('q', source.fetchPage, { pageSize: 10, maxLimit: 12, refresh }), 0);
    await settle();
    expect(hook.current()).toMatchObject({ total: 25, hasMore: true, loading: false });
    expect(hook.current().items).toHaveLength(10);
    await during(() => hook.current().loadMore());
    await settle();
    expect(hook.current().items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    source.asked.length = 0;
    await hook.rerender(1);
    await settle();
    // 20 rows shown, at most 12 a call.
    expect(source.asked).toEqual([
      [0, 12],
      [12, 8],
    ]);
    expect(hook.current().items).toHaveLength(20);
    await during(() => hook.current().loadMore());
    await settle();
    expect(hook.current()).toMatchObject({ hasMore: false, total: 25 });
    hook.unmount();
  });

  it('starts from the top for a new query and drops the answer to the old one', async () => {
    const resolvers: Array<() => void> = [];
    const slow = (label: string) => (offset: number, limit: number) =>
      new Promise<ApiResult<Page<string>>>((resolve) =>
        resolvers.push(() => resolve({ ok: true, value: { items: [`${label}${offset}`], total: 1, offset, limit } })),
      );
    const hook = await renderHook((q: string) => usePagedList(q, slow(q), { pageSize: 5 }), 'a');
    await hook.rerender('b');
    resolvers[1]!();
    await settle();
    resolvers[0]!();
    await settle();
    expect(hook.current().items).toEqual(['b0']);
    hook.unmount();
  });

  it('reports a failed page with what could not be loaded, and retries', async () => {
    let fail = true;
    const fetchPage = async (offset: number, limit: number): Promise<ApiResult<Page<number>>> =>
      fail ? { ok: false, error: { code: 'internal', message: 'locked' } } : { ok: true, value: { items: [1], total: 1, offset, limit } };
    const hook = await renderHook(() => usePagedList('q', fetchPage, { pageSize: 5, failure: 'The passages could not be loaded' }), undefined);
    await settle();
    expect(hook.current().error).toBe('The passages could not be loaded: locked');
    fail = false;
    await during(() => hook.current().retry());
    await settle();
    expect(hook.current()).toMatchObject({ items: [1], error: null });
    hook.unmount();
  });
});
