// The rows behind notes and their tags, shared by the notes service's reads and writes. Tags use
// the library's one tags table (a tag is the same tag on a clipping and on a note).
import type Database from 'better-sqlite3';
import type { Note, NoteSummary } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { parseNoteContent } from './note-content';
import type { NoteState } from './note-history';

export interface NoteRow {
  id: string;
  title: string;
  folder: string | null;
  content: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export const UNTITLED_NOTE = 'Untitled note';

export type NoteStore = ReturnType<typeof createNoteStore>;

export function createNoteStore(db: Database.Database) {
  const byId = db.prepare('SELECT * FROM notes WHERE id = ?');
  const tagsFor = db.prepare(`
    SELECT nt.note_id AS id, t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
    WHERE nt.note_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`);
  const ensureTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();
  const unlinkTags = db.prepare('DELETE FROM note_tags WHERE note_id = ?');
  const linkTag = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)');

  function row(id: string): NoteRow {
    const found = byId.get(id) as NoteRow | undefined;
    if (!found) throw new NotebookError('not_found', `There is no note with id ${id}; it may have been deleted in another window. Pick it again from the Notes list.`, 'id');
    return found;
  }

  function tagsOf(ids: readonly string[]): Map<string, string[]> {
    const byNote = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) for (const tag of tagsFor.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>) byNote.get(tag.id)?.push(tag.name);
    return byNote;
  }

  function summary(note: NoteRow, tags: string[]): NoteSummary {
    return { id: note.id, title: note.title, folder: note.folder, tags, revision: note.revision, createdAt: note.created_at, updatedAt: note.updated_at };
  }

  return {
    row,
    tagsOf,
    summary,

    note(id: string): Note {
      const found = row(id);
      return { ...summary(found, tagsOf([id]).get(id) ?? []), content: parseNoteContent(found.content) };
    },

    /** Makes the note's tags exactly `names` (the first spelling of a tag is kept library-wide). */
    writeTags(noteId: string, names: readonly string[]): void {
      unlinkTags.run(noteId);
      for (const name of names) {
        ensureTag.run(name);
        linkTag.run(noteId, tagId.get(name) as number);
      }
    },

    /** The stored state of a note, as history keeps it. */
    state(note: NoteRow): NoteState {
      return { noteId: note.id, revision: note.revision, title: note.title, content: note.content, savedAt: note.updated_at };
    },
  };
}

/** A title as stored: trimmed, never blank. */
export function noteTitle(title: string | undefined): string {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? UNTITLED_NOTE : trimmed;
}
