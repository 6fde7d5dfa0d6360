import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_ESCAPE_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CitationFields } from '../../nodes/PassageCitationNode';
import { SHOW_CITATION_PEEK_COMMAND } from './citationPeekCommand';

/**
 * The citation shown in the peek, if any. Escape in the note closes it; `close` gives the note back the
 * focus, at the place its caret was (Lexical restores its own selection).
 */
export function useCitationPeek() {
  const [editor] = useLexicalComposerContext();
  const [peeked, setPeeked] = useState<CitationFields | null>(null);
  // Read by the Escape handler, registered once.
  const open = useRef(false);
  open.current = peeked !== null;
  const close = useCallback(() => {
    setPeeked(null);
    editor.focus();
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SHOW_CITATION_PEEK_COMMAND,
          (citation) => {
            setPeeked(citation);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_ESCAPE_COMMAND,
          (event) => {
            if (!open.current) return false;
            event?.preventDefault();
            setPeeked(null);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return { peeked, close };
}
