// The derived tables note_entities and note_passages: rewritten from a note's content on every
// write of it (inside that write's transaction), and rebuilt for every note on demand so they can
// be checked and repaired. Ids of cards or passages that no longer exist get no row: the JSON keeps
// the mention's name and the citation's source, and the link simply stops counting as a backlink.
import type Database from 'better-sqlite3';
import type { NoteContent } from '../../../shared/notes/note-format';
import { noteLinks } from '../../../shared/notes/note-links';
import { parseNoteContent } from './note-content';

export type NoteLinkWriter = ReturnType<typeof createNoteLinkWriter>;

export function createNoteLinkWriter(db: Database.Database) {
  const clearEntities = db.prepare('DELETE FROM note_entities WHERE note_id = ?');
  const clearPassages = db.prepare('DELETE FROM note_passages WHERE note_id = ?');
  const addEntity = db.prepare('INSERT OR IGNORE INTO note_entities (note_id, entity_id) SELECT ?, id FROM entities WHERE id = ?');
  const addPassage = db.prepare('INSERT OR IGNORE INTO note_passages (note_id, passage_id) SELECT ?, id FROM passages WHERE id = ?');

  /** Makes the note's link rows exactly what its content links to (call inside the write's transaction). */
  return function writeNoteLinks(noteId: string, content: NoteContent): void {
    const links = noteLinks(content);
    clearEntities.run(noteId);
    clearPassages.run(noteId);
    for (const entityId of links.entityIds) addEntity.run(noteId, entityId);
    for (const passageId of links.passageIds) addPassage.run(noteId, passageId);
  };
}

export interface NoteLinkRepair {
  /** Notes whose links were checked. */
  notes: number;
  /** Notes whose link rows differed from their content and were rewritten. */
  repaired: number;
}

/** Rebuilds every note's link rows from its content, in one transaction; says how many were wrong. */
export function rebuildNoteLinks(db: Database.Database): NoteLinkRepair {
  const writeNoteLinks = createNoteLinkWriter(db);
  const ids = db.prepare('SELECT id FROM notes ORDER BY id').pluck();
  const contentOf = db.prepare('SELECT content FROM notes WHERE id = ?').pluck();
  const linkRows = db.prepare(`
    SELECT 'e:' || entity_id FROM note_entities WHERE note_id = @id
    UNION ALL SELECT 'p:' || passage_id FROM note_passages WHERE note_id = @id ORDER BY 1`).pluck();
  return db.transaction((): NoteLinkRepair => {
    const noteIds = ids.all() as string[];
    let repaired = 0;
    for (const id of noteIds) {
      const before = (linkRows.all({ id }) as string[]).join('\n');
      writeNoteLinks(id, parseNoteContent(contentOf.get(id) as string));
      if ((linkRows.all({ id }) as string[]).join('\n') !== before) repaired++;
    }
    return { notes: noteIds.length, repaired };
  })();
}
