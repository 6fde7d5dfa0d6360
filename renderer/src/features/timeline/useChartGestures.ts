// Pointer moves on the chart: Ctrl+wheel zooms around the pointer, Shift+wheel (or a sideways wheel)
// pans, dragging pans. A drag is not a click: the mark under the pointer does not open after one.
// Moves are gathered and applied once per animation frame, so a burst of wheel or pointer events
// costs one redraw, not one each. While Ctrl+wheel steps keep coming the chart counts as zooming
// (it stretches its marks rather than laying them out each step), until a short pause ends the gesture.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { toTime } from './timeScale';
import type { TimeWindowControls } from './useTimeWindow';

const DRAG_THRESHOLD_PX = 4;
/** A pause between wheel steps this long ends a zoom gesture. */
const ZOOM_GESTURE_END_MS = 150;

export function useChartGestures(ref: RefObject<HTMLElement | null>, controls: TimeWindowControls, plotLeft: number, plotWidth: number) {
  const latest = useRef({ controls, plotLeft, plotWidth });
  latest.current = { controls, plotLeft, plotWidth };
  const dragged = useRef(false);
  const [zooming, setZooming] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pending = { panPx: 0, zoom: 1, anchorX: 0, frame: 0 };
    const apply = () => {
      pending.frame = 0;
      const { controls: c, plotWidth: width } = latest.current;
      if (pending.zoom !== 1) c.zoomBy(pending.zoom, toTime(c.window, width, pending.anchorX));
      if (pending.panPx !== 0) c.panBy((pending.panPx / width) * (c.window.end - c.window.start) * pending.zoom);
      pending.panPx = 0;
      pending.zoom = 1;
    };
    const schedule = () => {
      if (pending.frame === 0) pending.frame = requestAnimationFrame(apply);
    };
    let zoomEnd = 0;
    // The chart's left edge, read once per zoom gesture: read on every wheel step, it forced the
    // browser to lay out the page the last step had changed, in the middle of the frame.
    let chartLeft: number | null = null;
    const zoomGoesOn = () => {
      if (zoomEnd === 0) setZooming(true);
      else clearTimeout(zoomEnd);
      zoomEnd = window.setTimeout(() => {
        zoomEnd = 0;
        chartLeft = null;
        setZooming(false);
      }, ZOOM_GESTURE_END_MS);
    };
    const onWheel = (event: WheelEvent) => {
      const { plotLeft: left, plotWidth: width } = latest.current;
      if (width <= 0) return;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        chartLeft ??= element.getBoundingClientRect().left;
        pending.anchorX = event.clientX - chartLeft - left;
        pending.zoom *= Math.exp(event.deltaY * 0.002);
        zoomGoesOn();
        schedule();
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const delta = event.shiftKey ? event.deltaY || event.deltaX : event.deltaX;
        pending.panPx += delta;
        schedule();
      }
    };
    let lastX: number | null = null;
    let travelled = 0;
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      lastX = event.clientX;
      travelled = 0;
      dragged.current = false;
    };
    const onMove = (event: PointerEvent) => {
      if (lastX === null) return;
      const { plotWidth: width } = latest.current;
      const dx = event.clientX - lastX;
      lastX = event.clientX;
      travelled += Math.abs(dx);
      if (travelled < DRAG_THRESHOLD_PX || width <= 0) return;
      if (!dragged.current) element.setPointerCapture(event.pointerId);
      dragged.current = true;
      pending.panPx -= dx;
      schedule();
    };
    const onUp = () => {
      lastX = null;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    return () => {
      cancelAnimationFrame(pending.frame);
      clearTimeout(zoomEnd);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
    };
  }, [ref]);

  return {
    /** True when the pointer just dragged: the click that ends a drag opens nothing. */
    wasDrag: () => dragged.current,
    zooming,
  };
}
