// Paints the chart whenever what it shows changes, at the screen's pixel ratio.
import { useLayoutEffect, type RefObject } from 'react';
import type { ChartModel } from './chartModel';
import type { Palette } from './chartStyle';
import { drawChart } from './drawChart';
import type { Layout } from './layout';
import type { View } from './viewport';

export interface ChartPicture {
  model: ChartModel;
  layout: Layout;
  view: View | null;
  size: { width: number; height: number };
  palette: Palette | null;
  hovered: number;
}

export function useDrawChart(canvasRef: RefObject<HTMLCanvasElement | null>, picture: ChartPicture): void {
  const { model, layout, view, size, palette, hovered } = picture;
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !view || !palette || size.width === 0) return;
    const pixelRatio = window.devicePixelRatio || 1;
    const width = Math.round(size.width * pixelRatio);
    const height = Math.round(size.height * pixelRatio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    drawChart(ctx, { model, layout, view, width: size.width, height: size.height, pixelRatio, palette, hovered });
  }, [canvasRef, model, layout, view, size, palette, hovered]);
}
