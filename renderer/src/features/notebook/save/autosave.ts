// Autosave for one open note: changes are stored shortly after the last keystroke, one save at a
// time, each naming the revision it was based on. A `conflict` answer stops saving, so the text saved
// elsewhere is never overwritten; the caller decides what to keep.
import type { ApiResult } from '../../../../../shared/errors';
import type { NoteSaved } from '../../../../../shared/domain';
import type { SavedNoteContent } from '../editor/editorContent';

export type SaveStatus =
  { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'conflict'; message: string };

export interface NoteDraft {
  title: string;
  content: SavedNoteContent;
}

export interface AutosaverOptions {
  /** The revision the editor read. */
  revision: number;
  /** Reads the editor at save time, so typing costs nothing until then. */
  read: () => NoteDraft;
  save: (draft: NoteDraft & { revision: number }) => Promise<ApiResult<NoteSaved>>;
  onStatus: (status: SaveStatus) => void;
  onSaved?: (saved: NoteSaved) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** After a failed save (not a conflict), when to try again. */
  retryMs?: number;
}

export const AUTOSAVE_DELAY_MS = 600;

const messageOf = (status: SaveStatus): string | null => ('message' in status ? status.message : null);
const RETRY_MS = 3000;

export class NoteAutosaver {
  private base: number;
  private dirty = false;
  private blocked = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private shown: SaveStatus | null = null;

  constructor(private readonly options: AutosaverOptions) {
    this.base = options.revision;
  }

  /** Tells the page only what changed: a keystroke must not re-render the note for the same status. */
  private status(next: SaveStatus): void {
    if (this.shown && this.shown.kind === next.kind && messageOf(this.shown) === messageOf(next)) return;
    this.shown = next;
    this.options.onStatus(next);
  }

  /** The revision the next save is based on. */
  get revision(): number {
    return this.base;
  }

  /** Changes not yet stored (waiting, being saved, failed or in conflict). */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  get inConflict(): boolean {
    return this.blocked;
  }

  changed(): void {
    this.dirty = true;
    if (this.blocked) return;
    this.status({ kind: 'pending' });
    this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Saves now whatever is unsaved (waiting for a save under way first). */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    this.clearTimer();
    if (this.dirty && !this.blocked) await this.start();
  }

  /** Stops the timer; a save under way still finishes. */
  dispose(): void {
    this.clearTimer();
  }

  /** Forgets unsaved changes and never saves again (the note was deleted, or reloaded over them). */
  discard(): void {
    this.clearTimer();
    this.dirty = false;
    this.blocked = true;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      // A save under way reschedules itself when it ends, if there is more to store.
      if (!this.inFlight) void this.start();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(): Promise<void> {
    const run = this.run().finally(() => {
      this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async run(): Promise<void> {
    this.dirty = false;
    this.status({ kind: 'saving' });
    let result: ApiResult<NoteSaved>;
    try {
      result = await this.options.save({ ...this.options.read(), revision: this.base });
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    if (result.ok) {
      this.base = result.value.revision;
      this.options.onSaved?.(result.value);
      if (this.dirty) {
        this.status({ kind: 'pending' });
        if (this.timer === null) this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
      } else {
        this.status({ kind: 'saved' });
      }
      return;
    }
    this.dirty = true;
    if (result.error.code === 'conflict') {
      this.blocked = true;
      this.clearTimer();
      this.status({ kind: 'conflict', message: result.error.message });
      return;
    }
    this.status({ kind: 'error', message: result.error.message });
    // A note deleted meanwhile, or content the core refuses, will not save by trying again.
    if (result.error.code === 'internal') this.schedule(this.options.retryMs ?? RETRY_MS);
  }
}
