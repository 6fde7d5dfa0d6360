// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { installFakeCore, type PendingCall } from './fake-core';
import { during, renderHook, settle } from './render-hook';

let calls: PendingCall[];
let useCall: typeof import('../../../renderer/src/api/useCall').useCall;
let useLoad: typeof import('../../../renderer/src/api/useCall').useLoad;
let useAction: typeof import('../../../renderer/src/api/useAction').useAction;

beforeAll(async () => {
  calls = installFakeCore();
  ({ useCall, useLoad } = await import('../../../renderer/src/api/useCall'));
  ({ useAction } = await import('../../../renderer/src/api/useAction'));
});

describe('useCall', () => {
  it('asks once per input, shows loading, then the value', async () => {
    calls.length = 0;
    const hook = await renderHook((id: string) => useCall('clippings.get', { id }), 'a');
    expect(calls.map((c) => c.input)).toEqual([{ id: 'a' }]);
    expect(hook.current()).toMatchObject({ value: null, loading: true, error: null });
    await hook.rerender('a');
    expect(calls).toHaveLength(1);
    calls[0]!.answer({ ok: true, value: { id: 'a' } });
    await settle();
    expect(hook.current()).toMatchObject({ value: { id: 'a' }, loading: false, error: null });
    hook.unmount();
  });

  it('never lets a late answer to an older input overwrite a newer one', async () => {
    calls.length = 0;
    const hook = await renderHook((id: string) => useCall('clippings.get', { id }, { failure: 'The clipping could not be opened' }), 'old');
    await hook.rerender('new');
    const [older, newer] = calls;
    newer!.answer({ ok: true, value: { id: 'new' } });
    await settle();
    older!.answer({ ok: true, value: { id: 'old' } });
    await settle();
    expect(hook.current().value).toEqual({ id: 'new' });
    await hook.rerender('broken');
    calls[2]!.answer({ ok: false, error: { code: 'not_found', message: 'There is no clipping with id broken.' } });
    await settle();
    // The last good value stays on screen beside the error.
    expect(hook.current()).toMatchObject({
      value: { id: 'new' },
      loading: false,
      error: 'The clipping could not be opened: There is no clipping with id broken.',
    });
    hook.unmount();
  });

  it('tells the error code of the core beside the message, and forgets it after a good answer', async () => {
    calls.length = 0;
    const hook = await renderHook((id: string) => useCall('clippings.get', { id }), 'gone');
    calls[0]!.answer({ ok: false, error: { code: 'not_found', message: 'There is no clipping with id gone.' } });
    await settle();
    expect(hook.current()).toMatchObject({ error: 'There is no clipping with id gone.', errorCode: 'not_found' });
    await hook.rerender('there');
    calls[1]!.answer({ ok: true, value: { id: 'there' } });
    await settle();
    expect(hook.current()).toMatchObject({ value: { id: 'there' }, error: null, errorCode: null });
    hook.unmount();
  });

  it('asks nothing for a null input, and again on reload or a new refresh value', async () => {
    calls.length = 0;
    const hook = await renderHook((p: { id: string | null; refresh: number }) => useCall('clippings.get', p.id ? { id: p.id } : null, { refresh: p.refresh }), {
      id: null,
      refresh: 0,
    });
    expect(calls).toHaveLength(0);
    expect(hook.current()).toMatchObject({ value: null, loading: false });
    await hook.rerender({ id: 'x', refresh: 0 });
    await hook.rerender({ id: 'x', refresh: 1 });
    expect(calls).toHaveLength(2);
    await settle();
    await during(() => hook.current().reload());
    await settle();
    expect(calls).toHaveLength(3);
    hook.unmount();
  });

  it('is loading from the very render in which the input changes, and a reload resolves once its answer is shown', async () => {
    calls.length = 0;
    const hook = await renderHook((id: string) => useCall('clippings.get', { id }), 'a');
    calls[0]!.answer({ ok: true, value: { id: 'a' } });
    await settle();
    await hook.rerender('b');
    // The answer for 'a' is still the value, but it is not the answer for 'b'.
    expect(hook.current()).toMatchObject({ value: { id: 'a' }, loading: true });
    calls[1]!.answer({ ok: true, value: { id: 'b' } });
    await settle();
    let reloaded = false;
    await during(() =>
      hook
        .current()
        .reload()
        .then(() => (reloaded = true)),
    );
    await settle();
    expect(reloaded).toBe(false);
    calls[2]!.answer({ ok: true, value: { id: 'b', title: 'again' } });
    await settle();
    expect(reloaded).toBe(true);
    expect(hook.current().value).toEqual({ id: 'b', title: 'again' });
    hook.unmount();
  });
});

describe('useLoad', () => {
  it('keeps the value while the key changes, waits delayMs, and settles a reload still waiting when unmounted', async () => {
    calls.length = 0;
    const load = (query: string) => () => window.notebook!.call(query === '' ? 'entities.list' : 'entities.find', { query }) as never;
    const hook = await renderHook((query: string) => useLoad<string[]>(query, load(query), { delayMs: query === '' ? 0 : 20 }), '');
    expect(calls.map((c) => c.method)).toEqual(['entities.list']);
    calls[0]!.answer({ ok: true, value: ['first'] });
    await settle();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await hook.rerender('ab');
    expect(calls).toHaveLength(1);
    expect(hook.current()).toMatchObject({ value: ['first'], loading: true });
    await act(async () => void vi.advanceTimersByTime(20));
    vi.useRealTimers();
    expect(calls.map((c) => c.method)).toEqual(['entities.list', 'entities.find']);
    let settled = false;
    await during(() =>
      hook
        .current()
        .reload()
        .then(() => (settled = true)),
    );
    hook.unmount();
    await settle();
    expect(settled).toBe(true);
  });
});

describe('useAction', () => {
  it('is busy while a call is out and keeps the error of the last one', async () => {
    calls.length = 0;
    const hook = await renderHook(() => useAction(), undefined);
    let answered: Promise<unknown> = Promise.resolve();
    await settle();
    await during(() => (answered = hook.current().run('clippings.trash', { ids: ['a'] }, 'Could not move to the Trash')));
    await settle();
    expect(hook.current().busy).toBe(true);
    calls[0]!.answer({ ok: false, error: { code: 'internal', message: 'disk full' } });
    await settle();
    expect(await answered).toMatchObject({ ok: false });
    expect(hook.current()).toMatchObject({ busy: false, error: 'Could not move to the Trash: disk full' });
    hook.unmount();
  });
});
