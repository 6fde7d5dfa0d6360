// The notes.* methods (notes.export belongs to the exporters, which read through these handlers).
import { markdownToNote } from '../../../shared/notes/markdown-to-note';
import type { NoteContent } from '../../../shared/notes/note-format';
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createCardNameResolver } from '../entities/card-name-resolver';
import { parseNoteContent } from './content';
import { createNoteEvidence } from './evidence';
import { createNoteHistory } from './history';
import { createNoteLinks } from './links';
import { createNoteReader } from './reading';
import { createNoteWriting } from './writing';

type NotesHandlers = Pick<
  Handlers,
  | 'notes.list'
  | 'notes.create'
  | 'notes.get'
  | 'notes.save'
  | 'notes.facets'
  | 'notes.update'
  | 'notes.delete'
  | 'notes.history'
  | 'notes.snapshot'
  | 'notes.restore'
  | 'notes.evidence'
  | 'notes.referencing'
  | 'notes.importMarkdown'
>;

export function createNotesHandlers(ctx: CoreContext): NotesHandlers {
  const { notes, passages, entities } = ctx.stores;
  const reader = createNoteReader(ctx.stores);
  const history = createNoteHistory(notes);
  const writing = createNoteWriting(ctx, reader, createNoteLinks(ctx), history);
  const evidenceOf = createNoteEvidence(passages);
  const resolveCardName = createCardNameResolver(entities);
  return {
    'notes.list': reader.list,
    'notes.create': (input) => reader.note(writing.create({ ...input, content: input.content as unknown as NoteContent | undefined })),
    'notes.get': (input) => reader.note(input.id),
    // Answers only what autosave needs: the note is not read back on every pause in typing.
    'notes.save': (input) => writing.save(input),
    'notes.facets': () => reader.facets(),
    'notes.update': (input) => {
      writing.update(input);
      return reader.note(input.id);
    },
    // Deletes the note with its tags, history and links (by cascade).
    'notes.delete': (input) => ({ count: notes.remove(input.id) }),
    'notes.history': (input) => {
      reader.row(input.id);
      return history.list(input.id);
    },
    'notes.snapshot': (input) => {
      reader.row(input.id);
      return history.get(input.id, input.revision);
    },
    'notes.restore': (input) => {
      writing.restore(input);
      return reader.note(input.id);
    },
    'notes.evidence': (input) => evidenceOf(parseNoteContent(reader.row(input.id).content)),
    'notes.referencing': reader.referencing,
    'notes.importMarkdown': (input) => {
      const imported = markdownToNote(input.markdown, { fileName: input.fileName, resolveMention: resolveCardName });
      return reader.note(writing.create({ title: imported.title, content: imported.content }));
    },
  };
}
