import type { LexicalEditor } from 'lexical';
import type { InputOf } from '../../../../../shared/contract';

/** A note's content as the contract takes it: Lexical's serialized editor state. */
export type SavedNoteContent = InputOf<'notes.save'>['content'];

export function contentOf(editor: LexicalEditor): SavedNoteContent {
  return editor.getEditorState().toJSON() as unknown as SavedNoteContent;
}
