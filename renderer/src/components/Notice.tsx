/** A message above the current place: errors say what happened and what to do. */
export function Notice(props: { kind: 'error' | 'info'; message: string; onDismiss: () => void }) {
  return (
    <div className={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <span className="notice-message">{props.message}</span>
      <button type="button" className="notice-dismiss" onClick={props.onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
