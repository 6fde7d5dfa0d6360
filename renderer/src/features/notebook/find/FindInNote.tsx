// Find in note: Ctrl+F in the editor opens a small bar; hits are counted and painted, Enter and
// Shift+Enter step through them, Esc closes and leaves the caret on the hit.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, IS_APPLE, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { clearFindHits } from './findHighlights';
import { describeMatches, stepMatch } from './findMatches';
import { useFindHits } from './useFindHits';

function isFindKey(event: KeyboardEvent): boolean {
  const mod = IS_APPLE ? event.metaKey : event.ctrlKey;
  return mod && !event.altKey && !event.shiftKey && event.code === 'KeyF';
}

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
          if (!isFindKey(event)) return false;
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
    if (!hit) return;
    // Lexical reads the DOM selection back into its own.
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(hit);
  }, [editor, ranges, current]);

  if (!open) return null;
  return (
    <div className="nb-find" role="search" data-testid="find-in-note">
      <input
        ref={input}
        aria-label="Find in note"
        placeholder="Find in note"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            setCurrent((index) => stepMatch(index, ranges.length, event.shiftKey ? -1 : 1));
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          } else if (isFindKey(event.nativeEvent)) {
            event.preventDefault();
            input.current?.select();
          }
        }}
      />
      <span className="nb-find-count" aria-live="polite" data-testid="find-count">
        {query === '' ? '' : describeMatches(current, ranges.length)}
      </span>
      <button
        type="button"
        className="nb-tool"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={ranges.length === 0}
        onClick={() => setCurrent((i) => stepMatch(i, ranges.length, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="nb-tool"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={ranges.length === 0}
        onClick={() => setCurrent((i) => stepMatch(i, ranges.length, 1))}
      >
        ↓
      </button>
      <button type="button" className="nb-tool" aria-label="Close find" title="Close (Esc)" onClick={close}>
        ×
      </button>
    </div>
  );
}
