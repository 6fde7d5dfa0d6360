// Ctrl+Shift+E (⌘⇧E) marks the selected claim as needing evidence, or removes the mark.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, mergeRegister } from 'lexical';
import { useEffect } from 'react';
import { $toggleNeedsEvidence, TOGGLE_NEEDS_EVIDENCE_COMMAND } from './toggleNeedsEvidence';

export function isNeedsEvidenceShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyE';
}

export function NeedsEvidencePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(TOGGLE_NEEDS_EVIDENCE_COMMAND, () => $toggleNeedsEvidence(), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isNeedsEvidenceShortcut(event)) return false;
            event.preventDefault();
            editor.dispatchCommand(TOGGLE_NEEDS_EVIDENCE_COMMAND, undefined);
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
