import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';

/**
 * Calls `onChange` when the note's content changes: not for a moved caret, and not for programmatic
 * refreshes tagged history-merge (loading the note), which are not edits and must not cause a save —
 * a save from merely opening a note would put another open tab in conflict.
 */
export function ContentChangePlugin(props: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { onChange } = props;
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(HISTORY_MERGE_TAG)) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
