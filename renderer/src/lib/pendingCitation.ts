// Citing from the Reader while the Notebook is closed: the Reader leaves the passage here and goes to
// the Notebook, which opens the last open note (made if there is none) and inserts the citation there.
import { api } from '../api/client';
import { goTo } from './routes';

const LAST_OPEN_NOTE_KEY = 'notebook.lastOpenNoteId';
const PENDING_CITATION_KEY = 'notebook.pendingCitation';

/** The note the Notebook showed last; the NotebookView opens it again (a backlink sets it before going there). */
export function lastOpenNoteId(): string | null {
  return localStorage.getItem(LAST_OPEN_NOTE_KEY);
}

export function rememberOpenNote(noteId: string): void {
  localStorage.setItem(LAST_OPEN_NOTE_KEY, noteId);
}

/** Sent when a note is opened from elsewhere while the Notebook may already be shown (detail: the note's id). */
export const OPEN_NOTE_EVENT = 'notebook:open-note';

/** Opens the Notebook at a note (for backlinks: "Cited in", a card's "Notes"; search results; the switcher). */
export function openNoteInNotebook(noteId: string): void {
  rememberOpenNote(noteId);
  goTo({ place: 'notebook', clippingId: null });
  // A Notebook already on screen does not remount: it switches on this.
  window.dispatchEvent(new CustomEvent(OPEN_NOTE_EVENT, { detail: noteId }));
}

/**
 * Leaves the passage to be cited in the last open note (a new note when there is none or it was
 * deleted) and goes to the Notebook. Resolves to an error message, or null once on the way.
 */
export async function citeInNote(passageId: string): Promise<string | null> {
  const last = lastOpenNoteId();
  const existing = last ? await api.call('notes.get', { id: last }) : null;
  if (!existing?.ok) {
    const created = await api.call('notes.create', {});
    if (!created.ok) return `No note to cite it in: ${created.error.message}`;
    rememberOpenNote(created.value.id);
  }
  sessionStorage.setItem(PENDING_CITATION_KEY, passageId);
  goTo({ place: 'notebook', clippingId: null });
  return null;
}

/** The passage waiting to be cited, taken once (so a reload does not cite it twice). */
export function takePendingCitation(): string | null {
  const passageId = sessionStorage.getItem(PENDING_CITATION_KEY);
  sessionStorage.removeItem(PENDING_CITATION_KEY);
  return passageId;
}
