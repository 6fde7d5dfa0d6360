// Opening a note from a search result: once the note's text is on the page, the matched words
// nearest to where the core found them are scrolled into view and flash.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { findMatches } from '../../../lib/findMatches';
import { flashHighlight } from '../../../lib/flashHighlight';
import { takeNoteMatch } from '../../../lib/pendingNoteMatch';
import { buildTextMap, rangeFor } from './textMap';

export function NoteMatchPlugin(props: { noteId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const match = takeNoteMatch(props.noteId);
    if (!match) return;
    // After the loaded state has been drawn: the text nodes exist then.
    const frame = requestAnimationFrame(() => {
      const root = editor.getRootElement();
      if (!root) return;
      const map = buildTextMap(root);
      const found = nearest(findMatches(map.text, match.text), match.near);
      if (!found) return;
      const range = rangeFor(map, found.start, found.end);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      flashHighlight(range);
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, props.noteId]);
  return null;
}

/** The occurrence closest to `near` (the page's text and the core's plain text may space blocks differently). */
export function nearest<T extends { start: number }>(matches: readonly T[], near: number): T | null {
  let best: T | null = null;
  for (const match of matches) if (best === null || Math.abs(match.start - near) < Math.abs(best.start - near)) best = match;
  return best;
}
