// A very large paste (megabytes of text or HTML) goes in as plain paragraphs instead of through
// Lexical's HTML import, which would build a node per element and hold the page for a long time.
// Neither way runs script: HTML is only ever parsed into an inert document.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type ParagraphNode,
} from 'lexical';
import { useEffect } from 'react';
import { cleanPastedDocument } from './pastedHtml';

/** Above this many characters a paste keeps its text but not its formatting. */
export const LARGE_PASTE_CHARS = 500_000;

/**
 * Blank lines separate paragraphs; a single newline is a line break inside one. (A paragraph per
 * line would cost ~200 bytes of JSON per line: megabytes for a long paste.)
 */
function $paragraphsOf(text: string): ParagraphNode[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n{2,}/u)
    .map((block) => {
      const paragraph = $createParagraphNode();
      block.split('\n').forEach((line, index) => {
        if (index > 0) paragraph.append($createLineBreakNode());
        if (line !== '') paragraph.append($createTextNode(line));
      });
      return paragraph;
    });
}

/** The visible text of pasted HTML, read from an inert, cleaned document (nothing in it loads or runs). */
function textOfHtml(html: string): string {
  const doc = cleanPastedDocument(html);
  for (const hidden of doc.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return doc.body.textContent ?? '';
}

export function LargePastePlugin(props: { onLargePaste: (chars: number) => void }) {
  const [editor] = useLexicalComposerContext();
  const { onLargePaste } = props;
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const plain = data.getData('text/plain');
          const html = data.getData('text/html');
          if (plain.length < LARGE_PASTE_CHARS && html.length < LARGE_PASTE_CHARS) return false;
          event.preventDefault();
          const text = plain.length > 0 ? plain : textOfHtml(html);
          editor.update(
            () => {
              const selection = $getSelection();
              if (!$isRangeSelection(selection)) return;
              selection.insertNodes($paragraphsOf(text));
            },
            { tag: PASTE_TAG },
          );
          onLargePaste(text.length);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onLargePaste],
  );
  return null;
}
