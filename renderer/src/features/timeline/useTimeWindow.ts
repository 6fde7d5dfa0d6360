// The time window the chart shows, and the moves on it: zoom (around a time), pan, fit.
// The first fit happens once something dated is known, so opening the place shows every event.
import { useCallback, useEffect, useRef, useState } from 'react';
import { fitWindow, panWindow, utc, zoomWindow, type TimeWindow } from './timeScale';

export const ZOOM_STEP = 1.6;

export interface TimeWindowControls {
  window: TimeWindow;
  zoomIn: (anchor?: number) => void;
  zoomOut: (anchor?: number) => void;
  zoomBy: (factor: number, anchor?: number) => void;
  /** Moves by a share of the window's span (positive: later). */
  panShare: (share: number) => void;
  panBy: (delta: number) => void;
  fit: () => void;
  /** Shows a time range with a margin (a cluster of events, say). */
  showRange: (start: number, end: number) => void;
  /** Centres on a time when it is outside the window. */
  reveal: (start: number, end: number) => void;
}

const DEFAULT_WINDOW = { start: utc(2000, 0, 1), end: utc(2030, 0, 1) };

export function useTimeWindow(extent: { first: number; last: number } | null): TimeWindowControls {
  const [view, setWindow] = useState<TimeWindow>(() => (extent ? fitWindow(extent.first, extent.last) : DEFAULT_WINDOW));
  const fitted = useRef(extent !== null);
  const extentRef = useRef(extent);
  extentRef.current = extent;

  useEffect(() => {
    if (fitted.current || !extent) return;
    fitted.current = true;
    setWindow(fitWindow(extent.first, extent.last));
  }, [extent]);

  const zoomBy = useCallback((factor: number, anchor?: number) => setWindow((w) => zoomWindow(w, factor, anchor)), []);
  const panBy = useCallback((delta: number) => setWindow((w) => panWindow(w, delta)), []);
  return {
    window: view,
    zoomBy,
    panBy,
    zoomIn: useCallback((anchor?: number) => zoomBy(1 / ZOOM_STEP, anchor), [zoomBy]),
    zoomOut: useCallback((anchor?: number) => zoomBy(ZOOM_STEP, anchor), [zoomBy]),
    panShare: useCallback((share: number) => setWindow((w) => panWindow(w, (w.end - w.start) * share)), []),
    fit: useCallback(() => {
      const current = extentRef.current;
      if (current) setWindow(fitWindow(current.first, current.last));
    }, []),
    showRange: useCallback((start: number, end: number) => setWindow(fitWindow(start, end)), []),
    reveal: useCallback(
      (start: number, end: number) => setWindow((w) => (end >= w.start && start <= w.end ? w : panWindow(w, (start + end) / 2 - (w.start + w.end) / 2))),
      [],
    ),
  };
}
