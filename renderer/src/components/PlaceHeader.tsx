import type { ReactNode } from 'react';
import './placeHeader.css';

export function PlaceHeader(props: { title: string; detail?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="place-header">
      <h1>{props.title}</h1>
      {props.detail !== undefined && <span className="place-detail">{props.detail}</span>}
      <div className="place-actions">{props.actions}</div>
    </header>
  );
}
