// The layout of the current model, computed in a worker (on the page's thread if workers are unavailable).
import { useEffect, useState } from 'react';
import type { ChartModel } from './chartModel';
import { forceLayout, type Layout, type LayoutInput } from './layout';

export function useChartLayout(model: ChartModel | null): Layout | null {
  const [done, setDone] = useState<{ model: ChartModel; layout: Layout } | null>(null);
  useEffect(() => {
    if (!model) return;
    const input: LayoutInput = { nodeCount: model.nodes.length, edges: model.edges.map((e) => [e.source, e.target] as const), seed: 1 };
    let cancelled = false;
    const cancel = computeLayout(input, (layout) => {
      if (!cancelled) setDone({ model, layout });
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [model]);
  return done && done.model === model ? done.layout : null;
}

/** Starts the layout; calls back once with the result; returns a function that abandons it. */
function computeLayout(input: LayoutInput, onDone: (layout: Layout) => void): () => void {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    const timer = setTimeout(() => onDone(forceLayout(input)), 0);
    return () => clearTimeout(timer);
  }
  worker.onmessage = (event: MessageEvent<Layout>) => {
    worker.terminate();
    onDone(event.data);
  };
  worker.onerror = () => {
    // A worker that cannot start (a locked-down page) still gets the chart, only less smoothly.
    worker.terminate();
    onDone(forceLayout(input));
  };
  worker.postMessage(input);
  return () => worker.terminate();
}
