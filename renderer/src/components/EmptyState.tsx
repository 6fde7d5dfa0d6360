import type { ReactNode } from 'react';
import './emptyState.css';

/** What a place will hold, and the first thing to do there. */
export function EmptyState(props: { title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="empty-state" data-testid={props.testId}>
      <h2>{props.title}</h2>
      <div className="empty-state-body">{props.children}</div>
      {props.actions && <div className="empty-state-actions">{props.actions}</div>}
    </section>
  );
}
