// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../../../shared/search/types';
import { installFakeCore, type PendingCall } from '../../api/fake-core';
import { during, renderHook, settle } from '../../api/render-hook';
import { NO_COUNTS, hit } from './search-fixture';

let calls: PendingCall[];
let useSearch: typeof import('../../../../renderer/src/features/search/useSearch').useSearch;
let SEARCH_DELAY_MS: number;

beforeAll(async () => {
  calls = installFakeCore();
  ({ useSearch, SEARCH_DELAY_MS } = await import('../../../../renderer/src/features/search/useSearch'));
});

afterEach(() => {
  vi.useRealTimers();
});

function results(ids: string[], counts: Partial<typeof NO_COUNTS> = {}): SearchResults {
  return { hits: ids.map((id) => hit('clipping', id)), counts: { ...NO_COUNTS, clipping: ids.length, ...counts }, hints: [], terms: [] };
}

/** Types a query and lets the typing pause pass. */
async function type(hook: { rerender: (query: string) => Promise<void> }, query: string) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  await hook.rerender(query);
  await act(async () => void vi.advanceTimersByTime(SEARCH_DELAY_MS));
  vi.useRealTimers();
}

describe('useSearch', () => {
  it('asks nothing for an empty box, waits for the typing to pause, and never lets an older answer overwrite a newer one', async () => {
    calls.length = 0;
    const hook = await renderHook((query: string) => useSearch(query, 0), '');
    expect(calls).toHaveLength(0);
    await type(hook, 'con');
    await type(hook, 'convoy');
    expect(calls.map((c) => c.input.query)).toEqual(['con', 'convoy']);
    calls[1]!.answer({ ok: true, value: results(['new']) });
    await settle();
    calls[0]!.answer({ ok: true, value: results(['old']) });
    await settle();
    expect(hook.current().groups[0]!.hits.map((h) => h.id)).toEqual(['new']);
    expect(hook.current().stale).toBe(false);
    hook.unmount();
  });

  it('pages one kind with Show more, from where its group ends, and drops a page that answers an old query', async () => {
    calls.length = 0;
    const hook = await renderHook((query: string) => useSearch(query, 0), '');
    await type(hook, 'convoy');
    calls[0]!.answer({ ok: true, value: results(['a', 'b'], { clipping: 30 }) });
    await settle();
    expect(hook.current().groups[0]).toMatchObject({ count: 30, hasMore: true });

    await during(() => void hook.current().showMore('clipping'));
    expect(calls[1]!.input).toMatchObject({ query: 'convoy', kind: 'clipping', offset: 2 });
    calls[1]!.answer({ ok: true, value: results(['b', 'c'], { clipping: 30 }) });
    await settle();
    expect(hook.current().groups[0]!.hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);

    await during(() => void hook.current().showMore('clipping'));
    await type(hook, 'truck');
    calls[2]!.answer({ ok: true, value: results(['late']) });
    calls[3]!.answer({ ok: true, value: results(['t1']) });
    await settle();
    expect(hook.current().groups[0]!.hits.map((h) => h.id)).toEqual(['t1']);
    hook.unmount();
  });

  it('says when the search failed', async () => {
    calls.length = 0;
    const hook = await renderHook((query: string) => useSearch(query, 0), '');
    await type(hook, 'x');
    calls[0]!.answer({ ok: false, error: { code: 'internal', message: 'The index is being rebuilt.' } });
    await settle();
    expect(hook.current().error).toBe('The search could not be run: The index is being rebuilt.');
    hook.unmount();
  });
});
