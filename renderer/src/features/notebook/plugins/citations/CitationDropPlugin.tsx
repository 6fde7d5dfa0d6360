// A passage dragged from the evidence panel and dropped on the note becomes a citation at the drop point.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND, mergeRegister, type BaseSelection } from 'lexical';
import { useEffect } from 'react';
import { insertCitation } from './insertCitation';
import { isPassageDrag, PASSAGE_DRAG_TYPE } from './passageDrag';

export function CitationDropPlugin(props: { onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const { onError } = props;
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!isPassageDrag(event)) return false;
            event.preventDefault();
            event.dataTransfer!.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!isPassageDrag(event)) return false;
            event.preventDefault();
            const passageId = event.dataTransfer!.getData(PASSAGE_DRAG_TYPE);
            const selection = selectionAtPoint(editor, event.clientX, event.clientY);
            void insertCitation(editor, passageId, selection ? { at: 'selection', selection } : { at: 'end' }).then((error) => error && onError(error));
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, onError],
  );
  return null;
}

/** The editor selection at a point of the page, made from the browser's caret there. */
function selectionAtPoint(editor: ReturnType<typeof useLexicalComposerContext>[0], x: number, y: number): BaseSelection | null {
  const range = document.caretRangeFromPoint?.(x, y);
  const root = editor.getRootElement();
  if (!range || !root?.contains(range.startContainer)) return null;
  const domSelection = window.getSelection();
  if (!domSelection) return null;
  domSelection.removeAllRanges();
  domSelection.addRange(range);
  let selection: BaseSelection | null = null;
  editor.read(() => {
    selection = $createRangeSelectionFromDom(domSelection, editor);
  });
  return selection;
}
