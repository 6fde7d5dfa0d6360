import type { NoticeState } from '../../components/Notice';

/** What the Reader's actions do after a write: reload what changed, tell the app, say what happened. */
export interface ReaderRefresh {
  reloadPassages: () => Promise<void>;
  reloadSuggestions: () => Promise<void>;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}
