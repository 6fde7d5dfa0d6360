// Reading notes: one in full, a page of the Notes list, its folders and tags, and backlinks — the
// notes that mention a card (or a card merged into it), cite a passage, or cite any passage of a
// clipping, answered from the derived link tables, never by reading note content.
import type { ParsedInputOf } from '../../../shared/contract';
import type { Note, NoteFacets, NoteRef, NoteSummary, Page } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { Stores } from '../context';
import { parseNoteContent } from './content';
import type { NoteRow } from './store';

export type NoteReader = ReturnType<typeof createNoteReader>;

export function createNoteReader({ notes, entities, passages }: Stores) {
  function row(id: string): NoteRow {
    const found = notes.row(id);
    if (!found)
      throw new NotebookError(
        'not_found',
        `There is no note with id ${id}; it may have been deleted in another window. Pick it again from the Notes list.`,
        'id',
      );
    return found;
  }

  function summary(note: NoteRow, tags: string[]): NoteSummary {
    return { id: note.id, title: note.title, folder: note.folder, tags, revision: note.revision, createdAt: note.created_at, updatedAt: note.updated_at };
  }

  return {
    /** The stored row; not_found when the note is gone. */
    row,

    note(id: string): Note {
      const found = row(id);
      return { ...summary(found, notes.tags.of([id]).get(id) ?? []), content: parseNoteContent(found.content) };
    },

    list(input: ParsedInputOf<'notes.list'>): Page<NoteSummary> {
      const { rows, total } = notes.page(input);
      const tags = notes.tags.of(rows.map((note) => note.id));
      return { items: rows.map((note) => summary(note, tags.get(note.id) ?? [])), total, offset: input.offset, limit: input.limit };
    },

    /** Each folder a note is filed in (counting the notes in it or below) and each tag on a note. */
    facets: (): NoteFacets => ({ folders: notes.folderFacets(), tags: notes.tags.facets() }),

    referencing(input: ParsedInputOf<'notes.referencing'>): NoteRef[] {
      if (input.entityId === undefined && input.passageId === undefined && input.clippingId === undefined) {
        throw new NotebookError('invalid_input', 'Say what the notes should refer to: give an entityId, a passageId or a clippingId.');
      }
      const entityIds = input.entityId === undefined ? [] : entities.withParts(input.entityId);
      const passageIds = [
        ...(input.passageId === undefined ? [] : [input.passageId]),
        ...(input.clippingId === undefined ? [] : passages.idsOfClipping(input.clippingId)),
      ];
      return notes.referencing(entityIds, passageIds);
    },
  };
}
