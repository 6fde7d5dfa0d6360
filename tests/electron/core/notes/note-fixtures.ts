// Builders for notes tests: Lexical content with text, mentions, citations and claims.
import type { Note } from '../../../../shared/domain';
import type { NoteContent, SerializedNode } from '../../../../shared/notes/note-format';
import { valueOf } from '../../../helpers/temp-library';
import type { TempCore } from '../../../helpers/entity-fixtures';

export const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });

export const mention = (entityId: string, name: string): SerializedNode => ({ type: 'entity-mention', version: 1, entityId, name, entityType: 'person' });

export const citation = (passageId: string, source: Partial<Record<'clippingId' | 'clippingTitle' | 'grade', string | null>> = {}): SerializedNode => ({
  type: 'passage-citation',
  version: 2,
  passageId,
  quote: 'quote',
  clippingId: source.clippingId ?? 'clipping',
  clippingTitle: source.clippingTitle ?? 'Title',
  outlet: null,
  publishedAt: null,
  grade: source.grade ?? null,
});

export const claim = (...children: SerializedNode[]): SerializedNode => ({
  type: 'needs-evidence',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
});

export const paragraph = (...children: SerializedNode[]): SerializedNode => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});

export function content(...paragraphs: SerializedNode[]): NoteContent {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } };
}

/** A note's content with one paragraph of text. */
export const says = (value: string): NoteContent => content(paragraph(text(value)));

export async function makeNote(core: TempCore, input: Record<string, unknown> = {}): Promise<Note> {
  return valueOf(await core.dispatch('notes.create', input)) as Note;
}

export async function saveNote(core: TempCore, note: Pick<Note, 'id' | 'revision' | 'title'>, body: NoteContent): Promise<Note> {
  valueOf(await core.dispatch('notes.save', { id: note.id, revision: note.revision, title: note.title, content: body }));
  return valueOf(await core.dispatch('notes.get', { id: note.id })) as Note;
}
