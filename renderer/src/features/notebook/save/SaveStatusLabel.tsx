import type { SaveStatus } from './autosave';

const TEXT: Record<SaveStatus['kind'], string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved — changed elsewhere',
};

/** Where the note stands: Saved, Saving…, or why it is not saved. */
export function SaveStatusLabel(props: { status: SaveStatus }) {
  const { status } = props;
  const failed = status.kind === 'error' || status.kind === 'conflict';
  return (
    <span
      className={`nb-save-status${failed ? ' nb-save-failed' : ''}`}
      data-testid="note-save-status"
      role={failed ? 'alert' : 'status'}
      title={status.kind === 'error' ? status.message : undefined}
    >
      {TEXT[status.kind]}
      {status.kind === 'error' && `: ${status.message}`}
    </span>
  );
}
