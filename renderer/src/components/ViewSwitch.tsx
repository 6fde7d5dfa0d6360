import type { ReactNode } from 'react';
import './viewSwitch.css';

/** Joined toggle buttons choosing one view of a place (Library or Trash, Cards or Chart); the buttons say which is pressed. */
export function ViewSwitch(props: { label: string; children: ReactNode }) {
  return (
    <span className="view-switch" role="group" aria-label={props.label}>
      {props.children}
    </span>
  );
}
