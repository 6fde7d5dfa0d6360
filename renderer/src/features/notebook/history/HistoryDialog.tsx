// The note's history: its saved states, newest first; one can be viewed read-only and restored
// (as a new revision, so the restore itself is in the history too).
import { useState } from 'react';
import type { Note } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { useCall } from '../../../api/useCall';
import { Dialog } from '../../../components/Dialog';
import { countOf, formatCaptured } from '../../../lib/format';
import { displayTitle } from '../list/noteTitle';
import { SnapshotView } from './SnapshotView';

export interface HistoryDialogProps {
  noteId: string;
  /** The revision the editor holds, for the restore's conflict check. */
  currentRevision: () => number;
  onRestored: (note: Note) => void;
  onClose: () => void;
}

export function HistoryDialog(props: HistoryDialogProps) {
  const { noteId } = props;
  const history = useCall('notes.history', { id: noteId });
  // The saved state chosen to read; the last one read stays up until the next arrives.
  const [chosen, setChosen] = useState<number | null>(null);
  const reading = useCall('notes.snapshot', chosen === null ? null : { id: noteId, revision: chosen });
  const restoring = useAction();
  const snapshots = history.value;
  const shown = reading.value;
  const error = restoring.error ?? reading.error ?? history.error;

  const restore = async () => {
    if (!shown) return;
    const result = await restoring.run('notes.restore', { id: noteId, snapshotRevision: shown.revision, revision: props.currentRevision() });
    if (result.ok) props.onRestored(result.value);
  };

  return (
    <Dialog labelledBy="nb-history-title" onCancel={props.onClose} className="nb-history-dialog" testId="note-history">
      <div className="nb-history">
        <header className="nb-history-head">
          <h2 id="nb-history-title">History</h2>
          <span className="hint">Saved states of this note, newest first. Restoring one keeps the current text in the history too.</span>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </header>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="nb-history-body">
          <ol className="nb-history-list" aria-label="Saved states">
            {snapshots === null && !error && <li className="nb-history-empty">Loading…</li>}
            {snapshots?.length === 0 && <li className="nb-history-empty">No earlier states yet: they are kept as you write.</li>}
            {snapshots?.map((snapshot) => (
              <li key={snapshot.revision}>
                <button
                  type="button"
                  className="nb-history-item"
                  aria-current={shown?.revision === snapshot.revision}
                  data-testid="history-item"
                  onClick={() => setChosen(snapshot.revision)}
                >
                  <span className="nb-history-when">{formatCaptured(snapshot.savedAt)}</span>
                  <span className="nb-history-what">
                    {displayTitle(snapshot.title)} · {countOf(snapshot.wordCount, 'word')}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <div className="nb-history-preview">
            {shown ? (
              <>
                <div className="nb-history-preview-bar">
                  <span>
                    {displayTitle(shown.title)} — {formatCaptured(shown.savedAt)}
                  </span>
                  <button type="button" className="primary" disabled={restoring.busy} onClick={() => void restore()}>
                    Restore this version
                  </button>
                </div>
                <SnapshotView key={shown.revision} content={shown.content} label={`The note as saved ${formatCaptured(shown.savedAt)}`} />
              </>
            ) : (
              <p className="nb-history-empty">Choose a saved state to read it here.</p>
            )}
          </div>
        </div>
      </div>
    </Dialog>
  );
}
