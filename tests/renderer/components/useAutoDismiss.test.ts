// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocusEvent } from 'react';
import { useAutoDismiss } from '../../../renderer/src/components/useAutoDismiss';
import { during, renderHook } from '../api/render-hook';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function advance(ms: number): Promise<void> {
  await during(() => vi.advanceTimersByTime(ms));
}

describe('useAutoDismiss', () => {
  it('dismisses after its lifetime, and counts only the time it was not hovered or focused', async () => {
    const onDismiss = vi.fn();
    const hook = await renderHook(() => useAutoDismiss(10_000, onDismiss), {});
    await advance(4_000);
    await during(() => hook.current().onMouseEnter());
    await advance(60_000);
    expect(onDismiss).not.toHaveBeenCalled();
    await during(() => hook.current().onMouseLeave());
    await advance(5_999);
    expect(onDismiss).not.toHaveBeenCalled();
    await advance(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    hook.unmount();
  });

  it('pauses while the focus is inside, until it leaves for somewhere outside', async () => {
    const onDismiss = vi.fn();
    const hook = await renderHook(() => useAutoDismiss(6_000, onDismiss), {});
    const inside = document.createElement('div');
    inside.append(document.createElement('button'));
    await during(() => hook.current().onFocus());
    await advance(30_000);
    // Moving between its own buttons keeps it.
    await during(() => hook.current().onBlur({ currentTarget: inside, relatedTarget: inside.firstChild } as unknown as FocusEvent));
    await advance(30_000);
    expect(onDismiss).not.toHaveBeenCalled();
    await during(() => hook.current().onBlur({ currentTarget: inside, relatedTarget: null } as unknown as FocusEvent));
    await advance(6_000);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    hook.unmount();
  });

  it('never dismisses one without a lifetime (an error)', async () => {
    const onDismiss = vi.fn();
    const hook = await renderHook(() => useAutoDismiss(null, onDismiss), {});
    await advance(3_600_000);
    expect(onDismiss).not.toHaveBeenCalled();
    hook.unmount();
  });
});
