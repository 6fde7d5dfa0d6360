// Find in the Reader: Ctrl/Cmd+F while a clipping is open finds within its text, with the same bar,
// counting and painting as Find in note. The hits are offsets into the clipping's text, painted
// over the article through its TextMap (so the article's DOM is never changed).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FindBar, isFindKey } from '../../components/FindBar';
import { clearFindHits, selectFindHit } from '../../lib/findHighlights';
import { findMatches } from '../../lib/findMatches';
import { useFindPainting } from '../../lib/useFindPainting';
import type { TextMap } from './textMap';

export function FindInClipping(props: { text: string; map: TextMap | null }) {
  const { text, map } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Another find (a note's, a dialog's box) keeps its own Ctrl+F.
      if (!isFindKey(event) || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  const ranges = useMemo(() => {
    if (!open || !map) return [];
    return findMatches(text, query).flatMap((m) => map.rangeOf(m.start, m.end) ?? []);
  }, [open, map, text, query]);
  const index = ranges.length === 0 ? -1 : Math.min(Math.max(current, 0), ranges.length - 1);

  useFindPainting(open, ranges, index, 'center');

  const close = useCallback(() => {
    setOpen(false);
    clearFindHits();
    selectFindHit(ranges[index]);
  }, [ranges, index]);

  if (!open) return null;
  return (
    <div className="reader-find">
      <FindBar
        ref={input}
        label="Find in clipping"
        testId="find-in-clipping"
        query={query}
        onQuery={setQuery}
        count={ranges.length}
        current={index}
        onCurrent={setCurrent}
        onClose={close}
      />
    </div>
  );
}
