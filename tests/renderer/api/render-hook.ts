// Renders a hook in jsdom with React's own act(), so a test reads what a component would see.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedHook<P, R> {
  current: () => R;
  rerender: (props: P) => Promise<void>;
  unmount: () => void;
}

export async function renderHook<P, R>(hook: (props: P) => R, props: NoInfer<P>): Promise<RenderedHook<P, R>> {
  let result: R;
  const Probe = (p: { value: P }) => {
    result = hook(p.value);
    return null;
  };
  const root: Root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe, { value: props })));
  return {
    current: () => result,
    rerender: async (next) => act(async () => root.render(createElement(Probe, { value: next }))),
    unmount: () => act(() => root.unmount()),
  };
}

/** Runs what a user's action would (a click calling loadMore, say) inside act(). */
export async function during(action: () => unknown): Promise<void> {
  await act(async () => {
    action();
  });
}

/** Lets pending promises and React updates settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * A React root in a fresh element of the document for each test, unmounted and removed after it.
 * Call at the top of a test file; read `root()` and `host()` inside tests.
 */
export function useMountedRoot(): { root: () => Root; host: () => HTMLElement } {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  return { root: () => root, host: () => host };
}
