// The hits of Find in note while its bar is open: searched again as the text changes (after Lexical
// has updated the page), painted, the current one scrolled into view, all cleared when the bar goes.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { useFindPainting } from '../../../lib/useFindPainting';
import { findMatches } from '../../../lib/findMatches';
import { buildTextMap, rangeFor } from './textMap';

export function useFindHits(editor: LexicalEditor, open: boolean, query: string) {
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    if (!open) return;
    let frame = 0;
    const search = () => {
      const root = editor.getRootElement();
      if (!root || query === '') {
        setRanges([]);
        return;
      }
      const map = buildTextMap(root);
      setRanges(findMatches(map.text, query).map((m) => rangeFor(map, m.start, m.end)));
    };
    search();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(search);
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [editor, open, query]);

  useEffect(() => {
    setCurrent((index) => (ranges.length === 0 ? -1 : Math.min(Math.max(index, 0), ranges.length - 1)));
  }, [ranges]);

  useFindPainting(open, ranges, current, 'nearest');

  return { ranges, current, setCurrent };
}
