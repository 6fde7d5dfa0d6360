import { useId, useState, type ReactNode } from 'react';
import type { ApiResult } from '../../../shared/errors';
import { Dialog } from './Dialog';
import { FormError } from './FormError';

/**
 * Asks before deleting something for good: says what goes and what stays, Cancel has the focus,
 * and a refusal from the core is shown in the dialog rather than closing it.
 */
export function ConfirmDeleteDialog(props: {
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  testId: string;
  remove: () => Promise<ApiResult<unknown>>;
  onCancel: () => void;
  onDeleted: () => void;
}) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const result = await props.remove();
    setBusy(false);
    if (result.ok) props.onDeleted();
    else setError(`Not deleted: ${result.error.message}`);
  }

  return (
    <Dialog labelledBy={headingId} onCancel={props.onCancel} className="dialog-compact" testId={props.testId}>
      <div className="dialog-form">
        <h2 id={headingId}>{props.heading}</h2>
        <p>{props.children}</p>
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="primary danger-primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Deleting…' : props.confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
