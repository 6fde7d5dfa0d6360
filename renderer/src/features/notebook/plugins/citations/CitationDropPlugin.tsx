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
  useEffect(() => keepPassageDragsInPage(), []);
  return null;
}

/**
 * The window treats any drag as an import (files, or text for New clipping) and covers the page with
 * its drop overlay. A passage dragged from the panel is not an import: its drag events stop at the
 * document, after the editor (their target) has seen them, so they never reach the window's handlers.
 */
function keepPassageDragsInPage(): () => void {
  const stopAtDocument = (event: DragEvent) => {
    if (isPassageDrag(event)) event.stopPropagation();
  };
  const types = ['dragenter', 'dragleave', 'dragover', 'drop'] as const;
  for (const type of types) document.addEventListener(type, stopAtDocument);
  return () => {
    for (const type of types) document.removeEventListener(type, stopAtDocument);
  };
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
