// Briefing notes: Lexical content saved with optimistic concurrency (each save names the revision
// it read), a history of saved states, and the links to cards and passages derived on every write.
// Every write is one transaction: content, revision, links and history change together or not at all.
//
// notes.update changes title, folder and tags only and leaves `revision` alone, so renaming or
// filing a note in the list never makes the open editor's next save a conflict.
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, Note, NoteEvidence, NoteSaved, NoteSnapshot, NoteSnapshotSummary } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { markdownToNote } from '../../../shared/notes/markdown-to-note';
import { emptyNoteContent, type NoteContent } from '../../../shared/notes/note-format';
import { normaliseFolder } from '../../../shared/notes/note-folder';
import { foldTitle } from '../../../shared/notes/title-search';
import { createCardNameResolver } from './card-name-resolver';
import { createNoteClock } from './note-clock';
import { parseNoteContent, serializeNoteContent } from './note-content';
import { createNoteEvidence } from './note-evidence';
import { createNoteHistory } from './note-history';
import { createNoteLinkWriter } from './note-links';
import { createNoteFacets, createNoteList } from './note-list';
import { createNoteReferences } from './note-references';
import { createNoteStore, noteTitle, type NoteRow } from './note-store';

export function createNotesService(db: Database.Database) {
  const store = createNoteStore(db);
  const history = createNoteHistory(db);
  const writeNoteLinks = createNoteLinkWriter(db);
  const clock = createNoteClock(db);
  const evidenceOf = createNoteEvidence(db);
  const resolveCardName = createCardNameResolver(db);
  const insert = db.prepare(`
    INSERT INTO notes (id, title, title_folded, folder, content, revision, created_at, updated_at)
    VALUES (@id, @title, @titleFolded, @folder, @content, 0, @now, @now)`);
  const writeContent = db.prepare(`
    UPDATE notes SET title = @title, title_folded = @titleFolded, content = @content, revision = @revision, updated_at = @now
    WHERE id = @id AND revision = @revision - 1`);
  const remove = db.prepare('DELETE FROM notes WHERE id = ?');

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

  interface NewNote {
    title?: string | undefined;
    folder?: string | null | undefined;
    tags?: readonly string[] | undefined;
    content?: NoteContent | undefined;
  }

  const create = db.transaction((input: NewNote): string => {
    const id = randomUUID();
    const content = input.content ?? emptyNoteContent();
    const json = serializeNoteContent(content);
    const title = noteTitle(input.title);
    const now = clock();
    insert.run({ id, title, titleFolded: foldTitle(title), folder: normaliseFolder(input.folder), content: json, now });
    if (input.tags) store.writeTags(id, input.tags);
    writeNoteLinks(id, content);
    if (input.content) history.recordCreate(store.state(store.row(id)), now);
    return id;
  });

  /** Writes new content as the next revision: conflict check, history, content and links. */
  function writeRevision(stored: NoteRow, title: string, content: NoteContent, json: string, kind: 'save' | 'restore'): NoteSaved {
    const now = clock();
    const after = { noteId: stored.id, revision: stored.revision + 1, title, content: json, savedAt: now };
    if (kind === 'restore') history.recordRestore(store.state(stored), now);
    else history.recordSave(store.state(stored), after, now);
    writeContent.run({ id: stored.id, title, titleFolded: foldTitle(title), content: json, revision: after.revision, now });
    writeNoteLinks(stored.id, content);
    return { revision: after.revision, updatedAt: now };
  }

  const save = db.transaction((input: ParsedInputOf<'notes.save'>): NoteSaved => {
    const stored = store.row(input.id);
    checkRevision(stored, input.revision);
    const content = input.content as unknown as NoteContent;
    return writeRevision(stored, noteTitle(input.title), content, serializeNoteContent(content), 'save');
  });

  const restore = db.transaction((input: ParsedInputOf<'notes.restore'>): void => {
    const stored = store.row(input.id);
    checkRevision(stored, input.revision);
    const snapshot = history.get(input.id, input.snapshotRevision);
    writeRevision(stored, snapshot.title, snapshot.content, JSON.stringify(snapshot.content), 'restore');
  });

  const update = db.transaction((input: ParsedInputOf<'notes.update'>): void => {
    const stored = store.row(input.id);
    const { title, folder, tags } = input.patch;
    const newTitle = title !== undefined ? noteTitle(title) : stored.title;
    db.prepare('UPDATE notes SET title = ?, title_folded = ?, folder = ?, updated_at = ? WHERE id = ?').run(
      newTitle,
      foldTitle(newTitle),
      folder !== undefined ? normaliseFolder(folder) : stored.folder,
      clock(),
      input.id,
    );
    if (tags !== undefined) store.writeTags(input.id, tags);
  });

  return {
    list: createNoteList(db, store),
    create: (input: ParsedInputOf<'notes.create'>): Note => store.note(create({ ...input, content: input.content as unknown as NoteContent | undefined })),
    get: (input: ParsedInputOf<'notes.get'>): Note => store.note(input.id),
    /** Answers only what autosave needs: the note is not read back on every pause in typing. */
    save: (input: ParsedInputOf<'notes.save'>): NoteSaved => save(input),
    facets: createNoteFacets(db),
    update(input: ParsedInputOf<'notes.update'>): Note {
      update(input);
      return store.note(input.id);
    },
    /** Deletes the note with its tags, history and links (by cascade). */
    delete: (input: ParsedInputOf<'notes.delete'>): BulkResult => ({ count: remove.run(input.id).changes }),
    history(input: ParsedInputOf<'notes.history'>): NoteSnapshotSummary[] {
      store.row(input.id);
      return history.list(input.id);
    },
    snapshot(input: ParsedInputOf<'notes.snapshot'>): NoteSnapshot {
      store.row(input.id);
      return history.get(input.id, input.revision);
    },
    restore(input: ParsedInputOf<'notes.restore'>): Note {
      restore(input);
      return store.note(input.id);
    },
    evidence: (input: ParsedInputOf<'notes.evidence'>): NoteEvidence => evidenceOf(parseNoteContent(store.row(input.id).content)),
    referencing: createNoteReferences(db),
    importMarkdown(input: ParsedInputOf<'notes.importMarkdown'>): Note {
      const imported = markdownToNote(input.markdown, { fileName: input.fileName, resolveMention: resolveCardName });
      return store.note(create({ title: imported.title, content: imported.content }));
    },
  };
}
