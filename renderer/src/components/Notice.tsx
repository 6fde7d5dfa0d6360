import './notice.css';

export interface NoticeState {
  kind: 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void };
}

/** A message above the current place: errors say what happened and what to do. */
export function Notice(props: {
  kind: 'error' | 'info';
  message: string;
  onDismiss: () => void;
  /** One follow-up, such as "Undo". */
  action?: { label: string; run: () => void };
}) {
  return (
    <div className={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <span className="notice-message">{props.message}</span>
      {props.action && (
        <button type="button" className="notice-action" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
      <button type="button" className="notice-dismiss" onClick={props.onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
