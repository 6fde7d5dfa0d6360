// Find in note: Ctrl+F in the editor opens a small bar; hits are counted and painted, Enter and
// Shift+Enter step through them, Esc closes and leaves the caret on the hit.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, IS_APPLE, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FindBar, isFindKey } from '../../../components/FindBar';
import { clearFindHits, selectFindHit } from '../../../lib/findHighlights';
import { useFindHits } from './useFindHits';

export function FindInNote() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { ranges, current, setCurrent } = useFindHits(editor, open, query);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isFindKey(event, IS_APPLE)) return false;
          event.preventDefault();
          setOpen(true);
          // Already open: back to the box, its text selected to type over.
          input.current?.select();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  const close = useCallback(() => {
    const hit = ranges[current];
    setOpen(false);
    clearFindHits();
    // At once, not in a later editor update: a click that follows Esc must not be overridden.
    editor.getRootElement()?.focus({ preventScroll: true });
    selectFindHit(hit);
  }, [editor, ranges, current]);

  if (!open) return null;
  return (
    <FindBar
      ref={input}
      className="nb-find"
      label="Find in note"
      testId="find-in-note"
      query={query}
      onQuery={setQuery}
      count={ranges.length}
      current={current}
      onCurrent={setCurrent}
      onClose={close}
    />
  );
}
