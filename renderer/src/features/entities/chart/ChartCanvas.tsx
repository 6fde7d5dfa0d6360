// The chart's canvas and how it is handled: drag or arrow keys pan, the wheel or +/− zoom, a click
// (or Enter on the card under the pointer) opens a card, hovering names it.
import { useRef } from 'react';
import { countOf } from '../../../lib/format';
import type { ChartModel } from './chartModel';
import { useChartTestHook } from './chartTestHook';
import { ChartTooltip } from './ChartTooltip';
import { ChartZoomButtons } from './ChartZoomButtons';
import type { Layout } from './layout';
import { useChartKeys } from './useChartKeys';
import { useChartPointer } from './useChartPointer';
import { useChartView, type ChartFocus } from './useChartView';
import { useDrawChart } from './useDrawChart';
import { useElementSize } from './useElementSize';
import { usePalette } from './usePalette';

export function ChartCanvas(props: { model: ChartModel; layout: Layout; focus: ChartFocus | null; onOpenEntity: (id: string) => void }) {
  const { model, layout, onOpenEntity } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(wrapRef);
  const palette = usePalette(wrapRef);
  const chart = useChartView({ model, layout, size, focus: props.focus, canvasRef });
  const { view, hovered } = chart;
  useDrawChart(canvasRef, { model, layout, view, size, palette, hovered });
  useChartTestHook(model, layout, view, canvasRef);
  const pointer = useChartPointer(model, layout, chart, onOpenEntity);
  const onKeyDown = useChartKeys(model, chart, onOpenEntity);

  return (
    <div
      ref={wrapRef}
      className="chart-canvas"
      data-testid="link-chart-canvas"
      data-node-count={model.nodes.length}
      data-edge-count={model.edges.length}
      data-pan-x={view ? Math.round(view.panX) : undefined}
      data-pan-y={view ? Math.round(view.panY) : undefined}
      data-zoom={view ? view.zoom.toFixed(3) : undefined}
    >
      <canvas
        ref={canvasRef}
        tabIndex={0}
        role="img"
        aria-label={`Link chart of ${countOf(model.nodes.length, 'card')} and ${countOf(model.edges.length, 'relation')}. Arrow keys pan, plus and minus zoom, 0 fits the chart, Enter opens the marked card.`}
        className={hovered >= 0 ? 'chart-over-node' : undefined}
        {...pointer}
        onKeyDown={onKeyDown}
      />
      <ChartTooltip model={model} layout={layout} view={view} index={hovered} />
      <ChartZoomButtons chart={chart} />
    </div>
  );
}
