// Writing notes: Lexical content saved with optimistic concurrency (each save names the revision
// it read), a history of saved states, and the links to cards and passages derived on every write.
// Every write is one transaction: content, revision, links and history change together or not at all.
//
// notes.update changes title, folder and tags only and leaves `revision` alone, so renaming or
// filing a note in the list never makes the open editor's next save a conflict.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { NoteSaved } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { emptyNoteContent, type NoteContent } from '../../../shared/notes/note-format';
import { normaliseFolder } from '../../../shared/notes/note-folder';
import { foldTitle } from '../../../shared/notes/title-search';
import type { CoreContext } from '../context';
import { storableNoteContent, type StorableContent } from './content';
import type { NoteHistory, NoteState } from './history';
import type { NoteLinks } from './links';
import type { NoteReader } from './reading';
import type { NoteRow } from './store';

const UNTITLED_NOTE = 'Untitled note';

interface NewNote {
  title?: string | undefined;
  folder?: string | null | undefined;
  tags?: readonly string[] | undefined;
  content?: NoteContent | undefined;
}

export function createNoteWriting({ stores, clock, write }: CoreContext, reader: NoteReader, links: NoteLinks, history: NoteHistory) {
  const { notes, tags } = stores;

  /** Makes the note's tags exactly `names` (the first spelling of a tag is kept library-wide). */
  function writeTags(noteId: string, names: readonly string[]): void {
    notes.tags.unlinkAll(noteId);
    for (const name of names) notes.tags.link(noteId, tags.idOf(name));
  }

  /** Writes new content as the next revision: history, content and links. */
  function writeRevision(stored: NoteRow, title: string, { content, json }: StorableContent, kind: 'save' | 'restore'): NoteSaved {
    const now = clock();
    const after = { noteId: stored.id, revision: stored.revision + 1, title, content: json, savedAt: now };
    if (kind === 'restore') history.recordRestore(stateOf(stored), now);
    else history.recordSave(stateOf(stored), after, now);
    notes.writeContent({ id: stored.id, title, titleFolded: foldTitle(title), content: json, revision: after.revision, now });
    links.write(stored.id, content);
    return { revision: after.revision, updatedAt: now };
  }

  const create = write((input: NewNote): string => {
    const id = randomUUID();
    const { content, json } = storableNoteContent(input.content ?? emptyNoteContent());
    const title = noteTitle(input.title);
    const now = clock();
    notes.insert({ id, title, titleFolded: foldTitle(title), folder: normaliseFolder(input.folder), content: json, now });
    if (input.tags) writeTags(id, input.tags);
    links.write(id, content);
    if (input.content) history.recordCreate(stateOf(reader.row(id)), now);
    return id;
  });

  const save = write((input: ParsedInputOf<'notes.save'>): NoteSaved => {
    const stored = reader.row(input.id);
    checkRevision(stored, input.revision);
    return writeRevision(stored, noteTitle(input.title), storableNoteContent(input.content as unknown as NoteContent), 'save');
  });

  const restore = write((input: ParsedInputOf<'notes.restore'>): void => {
    const stored = reader.row(input.id);
    checkRevision(stored, input.revision);
    const snapshot = history.get(input.id, input.snapshotRevision);
    // Checked and cleaned like a save: a snapshot taken before these checks existed may hold what they drop.
    writeRevision(stored, snapshot.title, storableNoteContent(snapshot.content), 'restore');
  });

  const update = write((input: ParsedInputOf<'notes.update'>): void => {
    const stored = reader.row(input.id);
    const { title, folder, tags: tagNames } = input.patch;
    const newTitle = title !== undefined ? noteTitle(title) : stored.title;
    notes.writeDetails({
      id: input.id,
      title: newTitle,
      titleFolded: foldTitle(newTitle),
      folder: folder !== undefined ? normaliseFolder(folder) : stored.folder,
      now: clock(),
    });
    if (tagNames !== undefined) writeTags(input.id, tagNames);
  });

  return { create, save, restore, update };
}

/** Refuses a write based on a revision other than the stored one. */
function checkRevision(stored: NoteRow, read: number): void {
  if (stored.revision === read) return;
  throw new NotebookError(
    'conflict',
    `This note was changed in another window or tab since you opened it (revision ${stored.revision}; this editor has revision ${read}). ` +
      'Nothing was saved here. Copy what you wrote, reopen the note to get the other changes, then paste your text back in.',
    'revision',
  );
}

/** The stored state of a note, as history keeps it. */
function stateOf(note: NoteRow): NoteState {
  return { noteId: note.id, revision: note.revision, title: note.title, content: note.content, savedAt: note.updated_at };
}

/** A title as stored: trimmed, never blank. */
function noteTitle(title: string | undefined): string {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? UNTITLED_NOTE : trimmed;
}
