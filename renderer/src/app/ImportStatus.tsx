import { useAutoDismiss } from '../components/useAutoDismiss';
import { ImportPanel } from '../features/import/ImportPanel';
import type { ImportRun } from '../features/import/useImportQueue';

/** How long a finished import that needs no look (every file imported, none a near-duplicate) stays. */
const CLEAN_IMPORT_MS = 8_000;

/** The import's progress, then its summary: one that names files to look at stays until dismissed. */
export function ImportStatus(props: { run: ImportRun; onCancel: () => void; onDismiss: () => void }) {
  const { run } = props;
  return run.finished ? <FinishedImport {...props} /> : <ImportPanel {...props} />;
}

function FinishedImport(props: { run: ImportRun; onCancel: () => void; onDismiss: () => void }) {
  const { run } = props;
  const clean = run.notTried === 0 && run.outcomes.every((outcome) => outcome.status === 'imported' && outcome.nearDuplicateOf === null);
  const pause = useAutoDismiss(clean ? CLEAN_IMPORT_MS : null, props.onDismiss);
  return (
    <div className="floating-item" {...pause}>
      <ImportPanel {...props} />
    </div>
  );
}
