import { goTo, readerRoute } from '../../lib/routes';
import type { FileOutcome, ImportRun } from './useImportQueue';
import './importPanel.css';

/** Bottom-right: progress (a batch at a time) with Cancel while files are imported, then what happened to each. */
export function ImportPanel(props: { run: ImportRun; onCancel: () => void; onDismiss: () => void }) {
  const { run } = props;
  const done = run.outcomes.length;
  if (!run.finished) {
    return (
      <section className="import-panel" aria-label="Import progress" data-testid="import-progress" data-done={done}>
        <div className="import-panel-head">
          <strong role="status">
            Importing {Math.min(done + 1, run.total).toLocaleString('en-US')} of {run.total.toLocaleString('en-US')}…
          </strong>
          <button type="button" onClick={props.onCancel} disabled={run.cancelling}>
            {run.cancelling ? stoppingAfter(run.current.length) : 'Cancel'}
          </button>
        </div>
        <progress value={done} max={run.total} aria-label="Files imported" />
        <div className="import-current" title={run.current.join('\n') || undefined}>
          <span className="import-current-path">{run.current[0] ?? ' '}</span>
          {run.current.length > 1 && <span className="import-current-more"> and {run.current.length - 1} more</span>}
        </div>
      </section>
    );
  }

  const imported = run.outcomes.filter((o) => o.status === 'imported');
  const duplicates = run.outcomes.filter((o) => o.status === 'duplicate');
  const failed = run.outcomes.filter((o) => o.status === 'failed');
  const nearDuplicates = imported.filter((o) => o.nearDuplicateOf !== null);
  const files = run.total === 1 ? 'file' : 'files';
  const headline = run.notTried > 0 ? `Import cancelled after ${done} of ${run.total} ${files}.` : `Imported ${imported.length} of ${run.total} ${files}.`;
  const details: FileOutcome[] = [...failed, ...duplicates, ...nearDuplicates];
  return (
    <section className="import-panel" aria-labelledby="import-summary-heading" data-testid="import-summary" data-done={done} data-imported={imported.length}>
      <div className="import-panel-head">
        <h2 id="import-summary-heading" role={failed.length > 0 ? 'alert' : 'status'}>
          {headline}
        </h2>
        <button type="button" className="notice-dismiss" onClick={props.onDismiss} aria-label="Dismiss import summary">
          ×
        </button>
      </div>
      <p className="import-counts">
        {[
          `${imported.length} imported`,
          duplicates.length > 0 && `${duplicates.length} already in the library`,
          failed.length > 0 && `${failed.length} not imported`,
          run.notTried > 0 && `${run.notTried} not tried`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {details.length > 0 && (
        <ul className="import-details" aria-label="Files that need a look">
          {details.map((outcome, index) => (
            <li key={index} className={`import-${outcome.status}`}>
              <span className="import-path">{outcome.path}</span>
              <OutcomeText outcome={outcome} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Cancel waits for the batch in flight: the core stores or refuses each of its files first. */
function stoppingAfter(filesInFlight: number): string {
  return filesInFlight > 1 ? `Stopping after the ${filesInFlight} files in progress…` : 'Stopping after this file…';
}

function OutcomeText({ outcome }: { outcome: FileOutcome }) {
  if (outcome.status === 'failed') return <span className="import-why">{outcome.message}</span>;
  const target = outcome.status === 'duplicate' ? outcome.duplicateOf : outcome.nearDuplicateOf!;
  const link = (
    <button type="button" className="link-button" onClick={() => goTo(readerRoute(target.id))}>
      “{target.title}”
    </button>
  );
  return outcome.status === 'duplicate' ? (
    <span className="import-why">already in the library as {link}, so it was not stored again</span>
  ) : (
    <span className="import-why">stored, and flagged as a near-duplicate of {link}</span>
  );
}
