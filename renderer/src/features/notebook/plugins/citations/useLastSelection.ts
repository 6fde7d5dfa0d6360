import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, type BaseSelection } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';

/** The caret as it last was in the note, so a citation picked in the side panel goes where the analyst was writing. */
export function useLastSelection(): () => BaseSelection | null {
  const [editor] = useLexicalComposerContext();
  const last = useRef<BaseSelection | null>(null);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) last.current = selection.clone();
        });
      }),
    [editor],
  );
  return useCallback(() => last.current, []);
}
