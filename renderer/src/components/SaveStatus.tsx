import './saveStatus.css';

export type SaveStatusState = { kind: 'saved' | 'error'; message: string } | null;

/** "Saved", or why an edit was not saved, beside a heading; empty until something is saved. */
export function SaveStatus(props: { status: SaveStatusState; testId: string }) {
  return (
    <span className={`details-status details-status-${props.status?.kind ?? 'none'}`} role="status" data-testid={props.testId}>
      {props.status?.message ?? ''}
    </span>
  );
}
