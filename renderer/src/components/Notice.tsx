import { useAutoDismiss } from './useAutoDismiss';
import './notice.css';

export interface NoticeState {
  kind: 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void };
}

/**
 * A message at the foot of the current place: errors say what happened and what to do. It leaves on
 * its own after `lifetimeMs` (null: only when dismissed), not while hovered or focused.
 */
export function Notice(props: {
  kind: 'error' | 'info';
  message: string;
  onDismiss: () => void;
  lifetimeMs: number | null;
  /** One follow-up, such as "Undo". */
  action?: { label: string; run: () => void };
}) {
  const pause = useAutoDismiss(props.lifetimeMs, props.onDismiss);
  return (
    <div className={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'} {...pause}>
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
