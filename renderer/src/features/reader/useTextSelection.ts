import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
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
  // How many times the document selection has changed: an action notes it when it starts. An
  // event is counted only when the selection differs from the one last seen, because a key that
  // moved it is read at once (refresh) and its event arrives later.
  const changes = useRef(0);
  const lastSeen = useRef<SelectionPoints | null>(null);
  const noteChange = useCallback(() => {
    const now = selectionPoints();
    if (lastSeen.current !== null && samePoints(lastSeen.current, now)) return;
    lastSeen.current = now;
    changes.current++;
  }, []);

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
      noteChange();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(read()));
    };
    // A press in the article starts a new selection, even one that ends where the last one was (a
    // click on the highlight just acted on): counted at once, whatever its events turn out to be.
    const onPress = (event: PointerEvent) => {
      if (container.current?.contains(event.target as Node)) changes.current++;
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onPress, true);
    onChange();
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, [read, frozen, noteChange, container]);

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
    noteChange();
    if (!frozen) setSelection(read());
  }, [frozen, read, noteChange]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  /** A mark of the selection as it is now, for clearIfStill. */
  const mark = useCallback(() => changes.current, []);

  /**
   * After an action is written: clears the selection it acted on (`marked` when it started) and
   * answers true; answers false and leaves everything as it is when the analyst has selected again
   * since — even the same span, as a click on the highlight just made does (a fast `h` then `s` must
   * not lose the new sentence, nor a form opened for it, when the write returns).
   */
  const clearIfStill = useCallback(
    (marked: number): boolean => {
      // A new selection in the article whose event has not arrived yet (queued behind the write's
      // answer) counts now. Only one in the article: a form's field taking the focus is no new choice.
      const current = window.getSelection();
      const root = container.current;
      if (current && !current.isCollapsed && current.rangeCount > 0 && root?.contains(current.getRangeAt(0).commonAncestorContainer)) noteChange();
      if (changes.current !== marked) return false;
      clear();
      return true;
    },
    [clear, noteChange, container],
  );

  return { selection, clear, clearIfStill, mark, refresh };
}

/** Where the document selection starts and ends, to tell a change from an event about one already seen. */
interface SelectionPoints {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

function selectionPoints(): SelectionPoints {
  const current = window.getSelection();
  return {
    anchorNode: current?.anchorNode ?? null,
    anchorOffset: current?.anchorOffset ?? 0,
    focusNode: current?.focusNode ?? null,
    focusOffset: current?.focusOffset ?? 0,
  };
}

function samePoints(a: SelectionPoints, b: SelectionPoints): boolean {
  return a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset;
}
