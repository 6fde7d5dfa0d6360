// Every paste with HTML goes through pastedHtml.ts before Lexical imports it: Lexical's own paste
// handling then runs on the cleaned copy (its own clipboard format and the plain text come along
// unchanged). Below LargePastePlugin, which takes very large pastes as plain text first.
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_NORMAL, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from './pastedHtml';

/** A copy of the clipboard's data with its HTML cleaned (files are not kept: a note holds text). */
function withCleanHtml(data: DataTransfer): DataTransfer {
  const clean = new DataTransfer();
  for (const type of data.types) {
    if (type === 'Files') continue;
    const value = data.getData(type);
    clean.setData(type, type === 'text/html' ? cleanPastedHtml(value) : value);
  }
  return clean;
}

export function PasteCleaningPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data || !data.types.includes('text/html')) return false;
          event.preventDefault();
          const clean = withCleanHtml(data);
          editor.update(
            () => {
              const selection = $getSelection();
              if (selection !== null) $insertDataTransferForRichText(clean, selection, editor);
            },
            { tag: PASTE_TAG },
          );
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
