// What the canvas shows: the view (pan and zoom) and the card marked under the pointer or found by
// name. A new layout is shown whole; a resize keeps the reader's place; the wheel zooms at the pointer.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { ChartModel } from './chartModel';
import type { Layout } from './layout';
import { LABEL_ZOOM, centreOn, fitView, zoomAt, type View } from './viewport';

/** A card found by name: the chart centres on it and marks it, and Enter opens it. */
export interface ChartFocus {
  id: string;
  /** Changes on every find, so finding the same card again centres it again. */
  serial: number;
}

export interface ChartView {
  view: View | null;
  setView: Dispatch<SetStateAction<View | null>>;
  /** The marked card's index in the model, or -1. */
  hovered: number;
  setHovered: (index: number) => void;
  /** Zooms by a factor about the middle of the canvas. */
  zoomCentre: (factor: number) => void;
  /** Shows the whole chart. */
  fit: () => void;
}

export interface ChartViewInput {
  model: ChartModel;
  layout: Layout;
  size: { width: number; height: number };
  focus: ChartFocus | null;
  canvasRef: RefObject<HTMLCanvasElement | null>;
}

export function useChartView({ model, layout, size, focus, canvasRef }: ChartViewInput): ChartView {
  const [view, setView] = useState<View | null>(null);
  const [hovered, setHovered] = useState(-1);
  const fittedLayout = useRef<Layout | null>(null);

  useLayoutEffect(() => {
    if (size.width === 0 || fittedLayout.current === layout) return;
    fittedLayout.current = layout;
    setView(fitView(layout, size.width, size.height));
    setHovered(-1);
  }, [layout, size.width, size.height]);

  useEffect(() => {
    const index = focus ? model.indexById.get(focus.id) : undefined;
    if (index === undefined || size.width === 0) return;
    setView((current) => current && centreOn(current, layout.xs[index]!, layout.ys[index]!, size.width, size.height, LABEL_ZOOM * 1.4));
    setHovered(index);
    canvasRef.current?.focus();
    // Only a new find moves the view, not a resize.
  }, [focus, model, layout]);

  useWheelZoom(canvasRef, setView);

  const zoomCentre = useCallback(
    (factor: number) => setView((current) => current && zoomAt(current, factor, size.width / 2, size.height / 2)),
    [size.width, size.height],
  );
  const fit = useCallback(() => setView(fitView(layout, size.width, size.height)), [layout, size.width, size.height]);
  return { view, setView, hovered, setHovered, zoomCentre, fit };
}

/** The wheel must be a non-passive listener to keep the page from scrolling while zooming. */
function useWheelZoom(canvasRef: RefObject<HTMLCanvasElement | null>, setView: Dispatch<SetStateAction<View | null>>): void {
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
  }, [canvasRef, setView]);
}
