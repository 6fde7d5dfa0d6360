// Backlinks: the notes that mention a card (or a card merged into it), cite a passage, or cite any
// passage of a clipping — answered from the derived link tables, never by reading note content.
import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/contract';
import type { NoteRef } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';

export function createNoteReferences(db: Database.Database) {
  const referencing = db.prepare(`
    WITH RECURSIVE card(id) AS (SELECT @entityId WHERE @entityId IS NOT NULL UNION SELECT e.id FROM entities e JOIN card ON e.merged_into = card.id)
    SELECT n.id, n.title, n.updated_at AS updatedAt FROM notes n WHERE n.id IN (
      SELECT note_id FROM note_entities WHERE entity_id IN (SELECT id FROM card)
      UNION SELECT note_id FROM note_passages WHERE passage_id = @passageId
      UNION SELECT np.note_id FROM note_passages np JOIN passages p ON p.id = np.passage_id WHERE p.clipping_id = @clippingId
    )
    ORDER BY n.updated_at DESC, n.id`);

  return function notesReferencing(input: ParsedInputOf<'notes.referencing'>): NoteRef[] {
    if (input.entityId === undefined && input.passageId === undefined && input.clippingId === undefined) {
      throw new NotebookError('invalid_input', 'Say what the notes should refer to: give an entityId, a passageId or a clippingId.');
    }
    return referencing.all({ entityId: input.entityId ?? null, passageId: input.passageId ?? null, clippingId: input.clippingId ?? null }) as NoteRef[];
  };
}
