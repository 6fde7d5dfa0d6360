import { useLayoutEffect, useRef, useState, type UIEvent } from 'react';
import type { ClippingPageCache } from './clippingPageCache';

export const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 30;
/** Rows kept in the DOM beyond those on screen, so a quick scroll shows rows, not gaps. */
const OVERSCAN = 8;

/**
 * The grid's scrolling box: which rows are in view, scrolling a row into view, and its place kept
 * while the Library is hidden (hidden, it measures nothing).
 */
export function useGridViewport(cache: ClippingPageCache, total: number, visible: boolean) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const savedScrollTop = useRef(0);

  useLayoutEffect(() => {
    const element = viewport.current!;
    const observer = new ResizeObserver(() => {
      // Hidden (display: none) measures 0: keep the last real height.
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Coming back from another place: the same scroll position, and the keyboard on the grid.
  useLayoutEffect(() => {
    const element = viewport.current!;
    if (!visible) return;
    element.scrollTop = savedScrollTop.current;
    element.focus({ preventScroll: true });
  }, [visible]);

  // A new query starts at the top.
  useLayoutEffect(() => {
    viewport.current!.scrollTop = 0;
    savedScrollTop.current = 0;
    setScrollTop(0);
  }, [cache]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    savedScrollTop.current = top;
    setScrollTop(top);
  };

  const scrollToRow = (index: number) => {
    const element = viewport.current!;
    const top = index * ROW_HEIGHT;
    const visibleHeight = element.clientHeight - HEADER_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight) element.scrollTop = top + ROW_HEIGHT - visibleHeight;
  };

  return {
    viewport,
    onScroll,
    scrollToRow,
    rowsInView: Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT)),
    first: Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN),
    last: Math.min(total - 1, Math.ceil((scrollTop + height - HEADER_HEIGHT) / ROW_HEIGHT) + OVERSCAN),
  };
}
