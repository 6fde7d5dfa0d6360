// The chart's canvas and how it is handled: drag or arrow keys pan, the wheel or +/− zoom, a click
// (or Enter on the card under the pointer) opens a card, hovering names it.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ENTITY_TYPE_NAME } from '../../../../../shared/display-words';
import { countOf } from '../../../lib/format';
import type { ChartModel } from './chartModel';
import { drawChart } from './drawChart';
import type { Layout } from './layout';
import type {} from './chartTestHook';
import { useElementSize } from './useElementSize';
import { usePalette } from './usePalette';
import { LABEL_ZOOM, centreOn, fitView, nearestNode, nodeRadius, panBy, zoomAt, type View } from './viewport';

/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP = 4;
const KEY_PAN = 80;
const KEY_ZOOM = 1.25;

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  startView: View;
  moved: boolean;
}

/** A card found by name: the chart centres on it and marks it, and Enter opens it. */
export interface ChartFocus {
  id: string;
  /** Changes on every find, so finding the same card again centres it again. */
  serial: number;
}

export function ChartCanvas(props: { model: ChartModel; layout: Layout; focus: ChartFocus | null; onOpenEntity: (id: string) => void }) {
  const { model, layout } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(wrapRef);
  const palette = usePalette(wrapRef);
  const [view, setView] = useState<View | null>(null);
  const [hovered, setHovered] = useState(-1);
  const drag = useRef<Drag | null>(null);
  const fittedLayout = useRef<Layout | null>(null);

  // A new layout (other types, a changed library) is shown whole; a resize keeps the reader's place.
  useLayoutEffect(() => {
    if (size.width === 0 || fittedLayout.current === layout) return;
    fittedLayout.current = layout;
    setView(fitView(layout, size.width, size.height));
    setHovered(-1);
  }, [layout, size.width, size.height]);

  const { focus } = props;
  useEffect(() => {
    const index = focus ? model.indexById.get(focus.id) : undefined;
    if (index === undefined || size.width === 0) return;
    setView((current) => current && centreOn(current, layout.xs[index]!, layout.ys[index]!, size.width, size.height, LABEL_ZOOM * 1.4));
    setHovered(index);
    canvasRef.current?.focus();
    // Only a new find moves the view, not a resize.
  }, [focus, model, layout]);

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
  }, [model, layout, view, size, palette, hovered]);

  // The wheel must be a non-passive listener to keep the page from scrolling while zooming.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = canvas.getBoundingClientRect();
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
      setView((current) => current && zoomAt(current, Math.exp(-pixels * 0.0015), event.clientX - rect.left, event.clientY - rect.top));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, []);

  const viewRef = useRef(view);
  viewRef.current = view;
  useEffect(() => {
    window.__linkChart = {
      positionOf(id) {
        const index = model.indexById.get(id);
        const current = viewRef.current;
        const rect = canvasRef.current?.getBoundingClientRect();
        if (index === undefined || !current || !rect) return null;
        return { x: rect.left + layout.xs[index]! * current.zoom + current.panX, y: rect.top + layout.ys[index]! * current.zoom + current.panY };
      },
    };
    return () => {
      delete window.__linkChart;
    };
  }, [model, layout]);

  const pointAt = (event: PointerEvent) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const nodeAt = (x: number, y: number) => (view ? nearestNode(layout, model.degrees, view, x, y) : -1);

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0 || !view) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, startView: view, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const current = drag.current;
    if (current && current.pointerId === event.pointerId) {
      const dx = event.clientX - current.startX;
      const dy = event.clientY - current.startY;
      if (!current.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      current.moved = true;
      setHovered(-1);
      setView(panBy(current.startView, dx, dy));
      return;
    }
    const { x, y } = pointAt(event);
    setHovered(nodeAt(x, y));
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (current.moved) return;
    const { x, y } = pointAt(event);
    const index = nodeAt(x, y);
    if (index >= 0) props.onOpenEntity(model.nodes[index]!.id);
  };

  const zoomCentre = (factor: number) => setView((current) => current && zoomAt(current, factor, size.width / 2, size.height / 2));
  const fit = () => setView(fitView(layout, size.width, size.height));
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = event.shiftKey ? KEY_PAN * 3 : KEY_PAN;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const pan = pans[event.key];
    if (pan) setView((current) => current && panBy(current, pan[0], pan[1]));
    else if (event.key === '+' || event.key === '=') zoomCentre(KEY_ZOOM);
    else if (event.key === '-' || event.key === '_') zoomCentre(1 / KEY_ZOOM);
    else if (event.key === '0') fit();
    else if (event.key === 'Enter' && hovered >= 0) props.onOpenEntity(model.nodes[hovered]!.id);
    else return;
    // Handled here: the place keys (1–6) and the page must not also act on it.
    event.preventDefault();
    event.stopPropagation();
  };

  const hoveredNode = hovered >= 0 ? model.nodes[hovered] : undefined;
  const tooltipAt = hoveredNode && view && {
    left: layout.xs[hovered]! * view.zoom + view.panX + nodeRadius(view, model.degrees[hovered]!) + 8,
    top: layout.ys[hovered]! * view.zoom + view.panY - 12,
  };

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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        onPointerLeave={() => !drag.current && setHovered(-1)}
        onKeyDown={onKeyDown}
      />
      {hoveredNode && tooltipAt && (
        <div className="chart-tooltip" role="tooltip" style={tooltipAt}>
          <strong>{hoveredNode.name}</strong>
          <span>
            {hoveredNode.otherLabel ?? ENTITY_TYPE_NAME[hoveredNode.type]} · {countOf(model.degrees[hovered]!, 'relation')}
          </span>
        </div>
      )}
      <div className="chart-zoom" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoomCentre(KEY_ZOOM)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => zoomCentre(1 / KEY_ZOOM)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={fit} title="Show the whole chart (0)">
          Fit
        </button>
      </div>
    </div>
  );
}
