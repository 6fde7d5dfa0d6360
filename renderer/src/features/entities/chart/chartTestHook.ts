// What the chart tells e2e tests through the page: where a card is drawn now, in page coordinates,
// so a test can click it as a person would.
import { useEffect, useRef, type RefObject } from 'react';
import type { ChartModel } from './chartModel';
import type { Layout } from './layout';
import { toScreen, type View } from './viewport';

export interface LinkChartTestHook {
  positionOf(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __linkChart?: LinkChartTestHook;
  }
}

export function useChartTestHook(model: ChartModel, layout: Layout, view: View | null, canvasRef: RefObject<HTMLCanvasElement | null>): void {
  const viewRef = useRef(view);
  viewRef.current = view;
  useEffect(() => {
    window.__linkChart = {
      positionOf(id) {
        const index = model.indexById.get(id);
        const current = viewRef.current;
        const rect = canvasRef.current?.getBoundingClientRect();
        if (index === undefined || !current || !rect) return null;
        const at = toScreen(current, layout.xs[index]!, layout.ys[index]!);
        return { x: rect.left + at.x, y: rect.top + at.y };
      },
    };
    return () => {
      delete window.__linkChart;
    };
  }, [model, layout, canvasRef]);
}
