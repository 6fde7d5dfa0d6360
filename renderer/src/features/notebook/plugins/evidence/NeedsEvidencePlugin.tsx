// Ctrl+Shift+E (⌘⇧E) marks the selected claim as needing evidence, or removes the mark.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $setSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, mergeRegister } from 'lexical';
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
            // A selection just made with the keyboard may not have reached the editor yet (selectionchange is async).
            const fromPage = $createRangeSelectionFromDom(window.getSelection(), editor);
            if (fromPage) $setSelection(fromPage);
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
