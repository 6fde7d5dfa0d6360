// The derived tables note_entities and note_passages: rewritten from a note's content on every
// write of it (inside that write's transaction), and rebuilt for every note on demand so they can
// be checked and repaired. Ids of cards or passages that no longer exist get no row: the JSON keeps
// the mention's name and the citation's source, and the link simply stops counting as a backlink.
import type { NoteContent } from '../../../shared/notes/note-format';
import { noteLinks } from '../../../shared/notes/note-links';
import type { CoreContext } from '../context';
import { parseNoteContent } from './content';

interface NoteLinkRepair {
  /** Notes whose links were checked. */
  notes: number;
  /** Notes whose link rows differed from their content and were rewritten. */
  repaired: number;
}

export type NoteLinks = ReturnType<typeof createNoteLinks>;

export function createNoteLinks({ stores, write: writeTransaction }: CoreContext) {
  const { notes, entities, passages } = stores;

  /** Makes the note's link rows exactly what its content links to (call inside the write's transaction). */
  function write(noteId: string, content: NoteContent): void {
    const links = noteLinks(content);
    notes.links.clear(noteId);
    for (const entityId of links.entityIds) if (entities.find(entityId)) notes.links.addEntity(noteId, entityId);
    for (const passageId of links.passageIds) if (passages.exists(passageId)) notes.links.addPassage(noteId, passageId);
  }

  return {
    write,

    /** Rebuilds every note's link rows from its content, in one transaction; says how many were wrong. */
    rebuild: writeTransaction((): NoteLinkRepair => {
      const noteIds = notes.ids();
      let repaired = 0;
      for (const id of noteIds) {
        const before = notes.links.of(id).join('\n');
        write(id, parseNoteContent(notes.row(id)!.content));
        if (notes.links.of(id).join('\n') !== before) repaired++;
      }
      return { notes: noteIds.length, repaired };
    }),
  };
}
