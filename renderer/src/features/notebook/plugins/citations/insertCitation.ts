// Putting a citation into the note: where the caret was, at a drop point, or at the end of the note.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { api } from '../../../../api/client';
import { $createPassageCitationNode } from '../../nodes/PassageCitationNode';
import { citationFromState } from './citationFromState';
import { citationStateStore } from './citationStateStore';

export type CitationPlace = { at: 'selection'; selection: BaseSelection | null } | { at: 'end' };

/** Fetches the passage's present state and inserts a citation of it; resolves to an error message or null. */
export async function insertCitation(editor: LexicalEditor, passageId: string, place: CitationPlace): Promise<string | null> {
  const result = await api.call('passages.citations', { ids: [passageId] });
  if (!result.ok) return `The passage could not be cited: ${result.error.message}`;
  const state = result.value[0];
  const fields = state && citationFromState(state);
  if (!fields) return 'That passage was deleted, so it cannot be cited.';
  citationStateStore(editor).refresh([passageId]);
  let key = '';
  editor.update(
    () => {
      const citation = $createPassageCitationNode(fields);
      key = citation.getKey();
      const selection = place.at === 'selection' ? place.selection : null;
      if (selection && $isRangeSelection(selection) && selection.anchor.getNode().isAttached()) {
        $setSelection(selection.clone());
        const current = $getSelection();
        if ($isRangeSelection(current)) {
          current.insertNodes([citation, $createTextNode(' ')]);
          return;
        }
      }
      $appendAtEnd(citation);
    },
    {
      // The analyst goes on writing after the citation (a drag or a click in the panel took the focus away).
      onUpdate: () => {
        editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
        editor.focus();
      },
    },
  );
  return null;
}

/** At the end of the note: in its last paragraph when that is empty, else in a new one. */
function $appendAtEnd(citation: ReturnType<typeof $createPassageCitationNode>): void {
  const root = $getRoot();
  const last = root.getLastChild();
  let paragraph = $isParagraphNode(last) && last.getTextContentSize() === 0 ? last : null;
  if (!paragraph) root.append((paragraph = $createParagraphNode()));
  const space = $createTextNode(' ');
  paragraph.append(citation, space);
  space.select(1, 1);
}
