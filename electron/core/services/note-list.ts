// The Notes list: paged, newest first or by title; title search (every word of the query somewhere
// in the title, ignoring case and diacritics) over the folded titles stored beside the titles; a
// folder filter that includes its subfolders ("" lists the notes at the top); a tag filter.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { NoteFacets, NoteSummary, Page } from '../../../shared/domain';
import { normaliseFolder } from '../../../shared/notes/note-folder';
import { titleQueryWords } from '../../../shared/notes/title-search';
import type { NoteRow, NoteStore } from './note-store';

const COLUMNS = 'id, title, folder, revision, created_at, updated_at';

export function createNoteList(db: Database.Database, store: NoteStore) {
  return function listNotes(input: ParsedInputOf<'notes.list'>): Page<NoteSummary> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
    titleQueryWords(input.query ?? '').forEach((word, index) => {
      where.push(`title_folded LIKE @word${index} ESCAPE '\\'`);
      params[`word${index}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    });
    if (input.folder !== undefined) {
      const folder = normaliseFolder(input.folder);
      if (folder === null) where.push('folder IS NULL');
      else {
        where.push("(folder = @folder OR substr(folder, 1, length(@folder) + 1) = @folder || '/')");
        params.folder = folder;
      }
    }
    if (input.tag !== undefined) {
      where.push('EXISTS (SELECT 1 FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = notes.id AND t.name = @tag)');
      params.tag = input.tag;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const order = input.sort === 'title' ? 'title COLLATE NOCASE, id' : 'updated_at DESC, id';
    const total = db.prepare(`SELECT count(*) FROM notes ${clause}`).pluck().get(params) as number;
    const rows = db.prepare(`SELECT ${COLUMNS} FROM notes ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as NoteRow[];
    const tags = store.tagsOf(rows.map((row) => row.id));
    return { items: rows.map((row) => store.summary(row, tags.get(row.id) ?? [])), total, offset: input.offset, limit: input.limit };
  };
}

/** Each folder a note is filed in (counting the notes in it or below) and each tag on a note. */
export function createNoteFacets(db: Database.Database) {
  const folders = db.prepare(`
    SELECT f.folder AS value, (SELECT count(*) FROM notes n WHERE n.folder = f.folder OR substr(n.folder, 1, length(f.folder) + 1) = f.folder || '/') AS count
    FROM (SELECT DISTINCT folder FROM notes WHERE folder IS NOT NULL) f ORDER BY f.folder COLLATE NOCASE`);
  const tags = db.prepare(`
    SELECT t.name AS value, count(*) AS count FROM tags t JOIN note_tags nt ON nt.tag_id = t.id
    GROUP BY t.id ORDER BY t.name COLLATE NOCASE`);
  return (): NoteFacets => ({ folders: folders.all() as NoteFacets['folders'], tags: tags.all() as NoteFacets['tags'] });
}
