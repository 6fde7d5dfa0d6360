// Marking without a mouse: keys on the focused article make and change the selection the toolbar
// acts on (h, l, c, e, q, t are the toolbar's). s / Shift+S select the next / previous sentence,
// Shift+→ / Shift+← move the selection's end by a word, Shift+↓ / Shift+↑ by a line, Esc clears it.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { sentenceSpans, type TextSpan } from '../../../../shared/timeline/sentences';
import { selectSpan } from './articleSelection';
import { nextSentence, previousSentence } from './sentenceSteps';
import type { TextMap } from './textMap';

const EXTEND: Record<string, ['forward' | 'backward', 'word' | 'line']> = {
  ArrowRight: ['forward', 'word'],
  ArrowLeft: ['backward', 'word'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

/** `onSelected` is told when keys changed the selection. */
export function useArticleKeys(body: RefObject<HTMLElement | null>, map: TextMap | null, text: string, onSelected: () => void): void {
  const spans = useMemo(() => sentenceSpans(text), [text]);
  // Where the last selection (or click) in the article ended: `s` goes on from there.
  const position = useRef<number | null>(null);

  useEffect(() => {
    if (!map) return;
    const onSelectionChange = () => {
      const current = articleSpan(body.current, map);
      if (current) position.current = current.end;
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [body, map]);

  useEffect(() => {
    const root = body.current;
    if (!root || !map) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== root || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!handleKey(event, { root, map, text, spans }, position)) return;
      event.preventDefault();
      onSelected();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [body, map, text, spans, onSelected]);
}

/** Acts on one key; true when it was one of the article's. */
interface Article {
  root: HTMLElement;
  map: TextMap;
  text: string;
  spans: readonly TextSpan[];
}

function handleKey(event: KeyboardEvent, article: Article, position: { current: number | null }): boolean {
  const { root, map, text, spans } = article;
  const selection = articleSpan(root, map, true);
  if (event.key === 's' || event.key === 'S') {
    const from = { selection, position: position.current ?? firstShownOffset(root, map, spans) };
    const target = event.shiftKey ? previousSentence(spans, from) : nextSentence(spans, from);
    if (target && selectSpan(map, target)) scrollIntoView(map, target);
    return true;
  }
  const extend = event.shiftKey ? EXTEND[event.key] : undefined;
  if (extend) {
    const current = window.getSelection();
    if (!current) return false;
    if (!selection) {
      // Start at the reading position, as a caret would be.
      const at = position.current ?? firstShownOffset(root, map, spans);
      const range = map.rangeOf(at, at + 1);
      if (!range) return false;
      range.collapse(true);
      current.removeAllRanges();
      current.addRange(range);
    }
    // A step that only crosses white space changes nothing the toolbar shows: take another.
    const before = visibleEnd(text, articleSpan(root, map));
    for (let tries = 0; tries < 3 && visibleEnd(text, articleSpan(root, map)) === before; tries++) current.modify('extend', ...extend);
    return true;
  }
  if (event.key === 'Escape' && selection) {
    window.getSelection()?.removeAllRanges();
    return true;
  }
  return false;
}

/** The document selection as offsets, when it lies in the article (a caret counts unless `rangesOnly`). */
function articleSpan(root: HTMLElement | null, map: TextMap, rangesOnly = false): TextSpan | null {
  const current = window.getSelection();
  if (!root || !current || current.rangeCount === 0 || (rangesOnly && current.isCollapsed)) return null;
  const range = current.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = map.offsetAt(range.startContainer, range.startOffset, 'start');
  const end = map.offsetAt(range.endContainer, range.endOffset, 'end');
  return start === null || end === null ? null : { start, end: Math.max(start, end) };
}

/** Where a span ends without the white space at its end (as the toolbar trims it). */
function visibleEnd(text: string, span: TextSpan | null): number {
  if (!span) return -1;
  let end = span.end;
  while (end > span.start && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** The start of the first sentence shown in the window (the article may be scrolled). */
function firstShownOffset(root: HTMLElement, map: TextMap, spans: readonly TextSpan[]): number {
  const top = Math.max(0, root.getBoundingClientRect().top);
  const shown = spans.find((span) => (map.rangeOf(span.start, span.end)?.getBoundingClientRect().bottom ?? -1) > top);
  return shown?.start ?? 0;
}

function scrollIntoView(map: TextMap, span: TextSpan): void {
  const element = map.rangeOf(span.start, span.end)?.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest' });
}
