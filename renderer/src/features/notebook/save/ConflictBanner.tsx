/**
 * Shown when a save answered `conflict`: the note was saved from another tab or window since this
 * editor read it. Nothing is overwritten; the analyst chooses which text to keep where.
 */
export function ConflictBanner(props: { busy: boolean; onLoadNewer: () => void; onKeepMine: () => void }) {
  return (
    <div className="nb-conflict" role="alert" data-testid="note-conflict">
      <p>
        <strong>This note was changed in another tab or window.</strong> Your latest changes here are not saved, and nothing of the other version was
        overwritten.
      </p>
      <div className="nb-conflict-actions">
        <button type="button" disabled={props.busy} onClick={props.onLoadNewer}>
          Load the newer version
        </button>
        <button type="button" className="primary" disabled={props.busy} onClick={props.onKeepMine}>
          Keep mine as a new note
        </button>
      </div>
    </div>
  );
}
