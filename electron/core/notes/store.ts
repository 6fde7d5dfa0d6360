// Every SQL statement on the notes domain's tables: notes, their tags (note_tags; names in the
// shared tags table), their history (note_snapshots), and the links derived from their content
// (note_entities, note_passages).
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { FacetValue, NoteRef } from '../../../shared/domain';
import { normaliseFolder } from '../../../shared/notes/note-folder';
import { titleQueryWords } from '../../../shared/notes/title-search';

export interface NoteRow {
  id: string;
  title: string;
  folder: string | null;
  content: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface SnapshotRow {
  revision: number;
  title: string;
  content: string;
  word_count: number;
  saved_at: string;
}

export type NotesStore = ReturnType<typeof createNotesStore>;

export function createNotesStore(db: Database.Database) {
  return {
    ...createNoteRows(db),
    tags: createNoteTagRows(db),
    snapshots: createSnapshotRows(db),
    links: createNoteLinkRows(db),
  };
}

const LIST_COLUMNS = 'id, title, folder, revision, created_at, updated_at';

function createNoteRows(db: Database.Database) {
  const byId = db.prepare('SELECT * FROM notes WHERE id = ?');
  const insert = db.prepare(`
    INSERT INTO notes (id, title, title_folded, folder, content, revision, created_at, updated_at)
    VALUES (@id, @title, @titleFolded, @folder, @content, 0, @now, @now)`);
  const writeContent = db.prepare(`
    UPDATE notes SET title = @title, title_folded = @titleFolded, content = @content, revision = @revision, updated_at = @now
    WHERE id = @id AND revision = @revision - 1`);
  const writeDetails = db.prepare('UPDATE notes SET title = @title, title_folded = @titleFolded, folder = @folder, updated_at = @now WHERE id = @id');
  const remove = db.prepare('DELETE FROM notes WHERE id = ?');
  const ids = db.prepare('SELECT id FROM notes ORDER BY id').pluck();
  const latestUpdate = db.prepare('SELECT max(updated_at) FROM notes').pluck();
  const folders = db.prepare(`
    SELECT f.folder AS value, (SELECT count(*) FROM notes n WHERE n.folder = f.folder OR substr(n.folder, 1, length(f.folder) + 1) = f.folder || '/') AS count
    FROM (SELECT DISTINCT folder FROM notes WHERE folder IS NOT NULL) f ORDER BY f.folder COLLATE NOCASE`);
  const referencing = db.prepare(`
    SELECT n.id, n.title, n.updated_at AS updatedAt FROM notes n WHERE n.id IN (
      SELECT note_id FROM note_entities WHERE entity_id IN (SELECT value FROM json_each(@entityIds))
      UNION SELECT note_id FROM note_passages WHERE passage_id IN (SELECT value FROM json_each(@passageIds))
    )
    ORDER BY n.updated_at DESC, n.id`);

  return {
    row: (id: string): NoteRow | undefined => byId.get(id) as NoteRow | undefined,
    insert: (row: { id: string; title: string; titleFolded: string; folder: string | null; content: string; now: string }): void => void insert.run(row),
    /** Writes content as `revision`, only over revision - 1. */
    writeContent: (row: { id: string; title: string; titleFolded: string; content: string; revision: number; now: string }): void => void writeContent.run(row),
    /** Title and folder, leaving content and revision alone. */
    writeDetails: (row: { id: string; title: string; titleFolded: string; folder: string | null; now: string }): void => void writeDetails.run(row),
    remove: (id: string): number => remove.run(id).changes,
    ids: (): string[] => ids.all() as string[],
    latestUpdate: (): string | null => latestUpdate.get() as string | null,

    /** A page of the Notes list: every query word in the folded title, a folder with its subfolders, a tag. */
    page(input: ParsedInputOf<'notes.list'>): { rows: NoteRow[]; total: number } {
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
      const rows = db.prepare(`SELECT ${LIST_COLUMNS} FROM notes ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as NoteRow[];
      return { rows, total };
    },

    /** Each folder a note is filed in, counting the notes in it or below. */
    folderFacets: (): FacetValue[] => folders.all() as FacetValue[],

    /** Notes linked to any of the cards or passages, most recently changed first. */
    referencing: (entityIds: readonly string[], passageIds: readonly string[]): NoteRef[] =>
      referencing.all({ entityIds: JSON.stringify(entityIds), passageIds: JSON.stringify(passageIds) }) as NoteRef[],
  };
}

function createNoteTagRows(db: Database.Database) {
  const tagsFor = db.prepare(`
    SELECT nt.note_id AS id, t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
    WHERE nt.note_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`);
  const unlinkAll = db.prepare('DELETE FROM note_tags WHERE note_id = ?');
  const link = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)');
  const facets = db.prepare(`
    SELECT t.name AS value, count(*) AS count FROM tags t JOIN note_tags nt ON nt.tag_id = t.id
    GROUP BY t.id ORDER BY t.name COLLATE NOCASE`);
  return {
    /** Tag names per note id, in one query. */
    of(ids: readonly string[]): Map<string, string[]> {
      const byNote = new Map<string, string[]>(ids.map((id) => [id, []]));
      if (ids.length > 0) for (const tag of tagsFor.all(JSON.stringify(ids)) as Array<{ id: string; name: string }>) byNote.get(tag.id)?.push(tag.name);
      return byNote;
    },
    unlinkAll: (noteId: string): void => void unlinkAll.run(noteId),
    link: (noteId: string, tagId: number): void => void link.run(noteId, tagId),
    /** Each tag on a note, with how many notes carry it. */
    facets: (): FacetValue[] => facets.all() as FacetValue[],
  };
}

function createSnapshotRows(db: Database.Database) {
  const newest = db.prepare('SELECT revision, kept_at FROM note_snapshots WHERE note_id = ? ORDER BY revision DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT OR IGNORE INTO note_snapshots (note_id, revision, title, content, word_count, saved_at, kept_at)
    VALUES (@noteId, @revision, @title, @content, @wordCount, @savedAt, @keptAt)`);
  const summaries = db.prepare('SELECT revision, title, word_count, saved_at FROM note_snapshots WHERE note_id = ? ORDER BY revision DESC');
  const one = db.prepare('SELECT revision, title, content, word_count, saved_at FROM note_snapshots WHERE note_id = ? AND revision = ?');
  const times = db.prepare('SELECT revision, saved_at FROM note_snapshots WHERE note_id = ? ORDER BY revision');
  const remove = db.prepare('DELETE FROM note_snapshots WHERE note_id = ? AND revision = ?');
  return {
    newest: (noteId: string) => newest.get(noteId) as { revision: number; kept_at: string } | undefined,
    insert: (row: { noteId: string; revision: number; title: string; content: string; wordCount: number; savedAt: string; keptAt: string }): void =>
      void insert.run(row),
    summaries: (noteId: string) => summaries.all(noteId) as Array<Omit<SnapshotRow, 'content'>>,
    one: (noteId: string, revision: number) => one.get(noteId, revision) as SnapshotRow | undefined,
    times: (noteId: string) => times.all(noteId) as Array<{ revision: number; saved_at: string }>,
    remove: (noteId: string, revision: number): void => void remove.run(noteId, revision),
  };
}

function createNoteLinkRows(db: Database.Database) {
  const clearEntities = db.prepare('DELETE FROM note_entities WHERE note_id = ?');
  const clearPassages = db.prepare('DELETE FROM note_passages WHERE note_id = ?');
  const addEntity = db.prepare('INSERT OR IGNORE INTO note_entities (note_id, entity_id) VALUES (?, ?)');
  const addPassage = db.prepare('INSERT OR IGNORE INTO note_passages (note_id, passage_id) VALUES (?, ?)');
  const linkRows = db
    .prepare(
      `
    SELECT 'e:' || entity_id FROM note_entities WHERE note_id = @id
    UNION ALL SELECT 'p:' || passage_id FROM note_passages WHERE note_id = @id ORDER BY 1`,
    )
    .pluck();
  const rowCounts = db.prepare('SELECT (SELECT count(*) FROM note_entities) AS entities, (SELECT count(*) FROM note_passages) AS passages');
  return {
    clear(noteId: string): void {
      clearEntities.run(noteId);
      clearPassages.run(noteId);
    },
    addEntity: (noteId: string, entityId: string): void => void addEntity.run(noteId, entityId),
    addPassage: (noteId: string, passageId: string): void => void addPassage.run(noteId, passageId),
    /** The note's link rows as one sortable list ("e:<card id>", "p:<passage id>"), to compare. */
    of: (noteId: string): string[] => linkRows.all({ id: noteId }) as string[],
    rowCounts: () => rowCounts.get() as { entities: number; passages: number },
  };
}
