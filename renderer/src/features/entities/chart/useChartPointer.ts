// The pointer on the chart: a drag pans, hovering marks the nearest card, a click opens it.
import { useRef, type PointerEvent } from 'react';
import type { ChartModel } from './chartModel';
import type { Layout } from './layout';
import type { ChartView } from './useChartView';
import { nearestNode, panBy, type View } from './viewport';

/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP = 4;

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  startView: View;
  moved: boolean;
}

type CanvasPointer = PointerEvent<HTMLCanvasElement>;

export function useChartPointer(model: ChartModel, layout: Layout, chart: ChartView, onOpenEntity: (id: string) => void) {
  const drag = useRef<Drag | null>(null);
  const { view, setView, setHovered } = chart;

  const nodeAt = (event: CanvasPointer) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return view ? nearestNode(layout, model.degrees, view, event.clientX - rect.left, event.clientY - rect.top) : -1;
  };

  return {
    onPointerDown(event: CanvasPointer) {
      if (event.button !== 0 || !view) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, startView: view, moved: false };
    },
    onPointerMove(event: CanvasPointer) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return setHovered(nodeAt(event));
      const dx = event.clientX - current.startX;
      const dy = event.clientY - current.startY;
      if (!current.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      current.moved = true;
      setHovered(-1);
      setView(panBy(current.startView, dx, dy));
    },
    onPointerUp(event: CanvasPointer) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      drag.current = null;
      if (current.moved) return;
      const index = nodeAt(event);
      if (index >= 0) onOpenEntity(model.nodes[index]!.id);
    },
    onPointerCancel() {
      drag.current = null;
    },
    onPointerLeave() {
      if (!drag.current) setHovered(-1);
    },
  };
}
