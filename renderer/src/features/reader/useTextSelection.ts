import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TextMap } from './textMap';

/** A selection in the article as offsets into the clipping's text, with where it shows on screen. */
export interface TextSelection {
  start: number;
  end: number;
  exact: string;
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * Follows the document selection while it lies in the article. While `frozen`, the last selection
 * is kept (a form opened from the toolbar takes the focus, and with it the document selection).
 */
export function useTextSelection(container: RefObject<HTMLElement | null>, map: TextMap | null, text: string, frozen: boolean) {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback((): TextSelection | null => {
    const current = window.getSelection();
    const root = container.current;
    if (!map || !root || !current || current.rangeCount === 0 || current.isCollapsed) return null;
    const range = current.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return null;
    let start = map.offsetAt(range.startContainer, range.startOffset, 'start');
    let end = map.offsetAt(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null) return null;
    // A selection usually takes white space with it at its edges; a passage never starts or ends on it.
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (start >= end) return null;
    const box = range.getBoundingClientRect();
    return { start, end, exact: text.slice(start, end), rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } };
  }, [container, map, text]);

  useEffect(() => {
    if (frozen) return;
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(read()));
    };
    document.addEventListener('selectionchange', onChange);
    onChange();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [read, frozen]);

  // The toolbar follows the selection when the article scrolls.
  useEffect(() => {
    if (!selection || !map) return;
    const onScroll = () => {
      const range = map.rangeOf(selection.start, selection.end);
      if (!range) return;
      const box = range.getBoundingClientRect();
      setSelection((s) => s && { ...s, rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right } });
    };
    window.addEventListener('scroll', onScroll, true);
    return () => window.removeEventListener('scroll', onScroll, true);
  }, [selection?.start, selection?.end, map]); // The rect changes as it follows; the span does not.

  /** Reads the selection now (after keys changed it), not on the next frame, so a key typed next finds the toolbar. */
  const refresh = useCallback(() => {
    if (!frozen) setSelection(read());
  }, [frozen, read]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  /**
   * After an action on `span` is written: clears that selection, but keeps one the analyst has made
   * since (a fast `h` then `s` must not lose the new sentence when the write returns).
   */
  const clearIfStill = useCallback(
    (span: { start: number; end: number }) => {
      const now = read();
      if (now && (now.start !== span.start || now.end !== span.end)) setSelection(now);
      else clear();
    },
    [read, clear],
  );

  return { selection, clear, clearIfStill, refresh };
}
