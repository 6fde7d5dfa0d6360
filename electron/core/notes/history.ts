// A note's history. Autosave writes a revision every second or so while the analyst types; keeping
// each would bury the useful states, so the history keeps:
// - the first save of a note (and the content a note was created with, e.g. by an import);
// - at most one state a minute while typing: when the newest kept state was kept more than 60 s
//   ago, a save keeps the state it is about to replace. Keeping the replaced state rather than the
//   new one means the last state before a pause is never lost, even if the next save erases it all;
// - before a restore, the state the restore replaces, so the restore can itself be undone.
// A note keeps at most MAX_SNAPSHOTS_PER_NOTE states; beyond that the one in the densest stretch
// of history goes (never the oldest or the newest).
import type { NoteSnapshot, NoteSnapshotSummary } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { noteWordCount } from '../../../shared/notes/note-text';
import { parseNoteContent } from './content';
import type { NotesStore } from './store';

const SNAPSHOT_INTERVAL_MS = 60_000;
export const MAX_SNAPSHOTS_PER_NOTE = 200;

/** A saved state of a note, as stored in notes or note_snapshots. */
export interface NoteState {
  noteId: string;
  revision: number;
  title: string;
  /** The JSON text. */
  content: string;
  savedAt: string;
}

export type NoteHistory = ReturnType<typeof createNoteHistory>;

export function createNoteHistory(notes: NotesStore) {
  const { snapshots } = notes;

  function keep(state: NoteState, keptAt: string): void {
    snapshots.insert({ ...state, wordCount: noteWordCount(parseNoteContent(state.content)), keptAt });
    thin(state.noteId);
  }

  /** Drops states from the densest stretch until the note has at most MAX_SNAPSHOTS_PER_NOTE. */
  function thin(noteId: string): void {
    const rows = snapshots.times(noteId);
    const at = rows.map((row) => Date.parse(row.saved_at));
    while (rows.length > MAX_SNAPSHOTS_PER_NOTE) {
      // Removing state i leaves a gap from i-1 to i+1: remove the one whose gap would be smallest.
      let victim = 1;
      for (let i = 2; i < rows.length - 1; i++) if (at[i + 1]! - at[i - 1]! < at[victim + 1]! - at[victim - 1]!) victim = i;
      snapshots.remove(noteId, rows[victim]!.revision);
      rows.splice(victim, 1);
      at.splice(victim, 1);
    }
  }

  return {
    /** Applies the policy to a save that replaces `before` with `after` (inside the save's transaction). */
    recordSave(before: NoteState, after: NoteState, now: string): void {
      const last = snapshots.newest(before.noteId);
      if (last === undefined) keep(after, now);
      else if (Date.parse(now) - Date.parse(last.kept_at) > SNAPSHOT_INTERVAL_MS && last.revision !== before.revision) keep(before, now);
    },

    /** Keeps the state a restore is about to replace, unless it is kept already. */
    recordRestore(before: NoteState, now: string): void {
      keep(before, now);
    },

    /** Keeps the content a note was created with. */
    recordCreate(state: NoteState, now: string): void {
      keep(state, now);
    },

    list(noteId: string): NoteSnapshotSummary[] {
      return snapshots.summaries(noteId).map((row) => ({
        revision: row.revision,
        title: row.title,
        savedAt: row.saved_at,
        wordCount: row.word_count,
      }));
    },

    get(noteId: string, revision: number): NoteSnapshot {
      const row = snapshots.one(noteId, revision);
      if (!row) {
        throw new NotebookError(
          'not_found',
          `This note's history has no saved state at revision ${revision}; it may have been thinned out. Reload the history and choose another.`,
          'revision',
        );
      }
      return { revision: row.revision, title: row.title, savedAt: row.saved_at, wordCount: row.word_count, content: parseNoteContent(row.content) };
    },
  };
}
