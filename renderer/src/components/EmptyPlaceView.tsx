import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { PlaceHeader } from './PlaceHeader';

/** A place with nothing in it yet: what it will hold, and a first step towards it. */
export function EmptyPlaceView(props: { place: string; title: string; testId: string; actionLabel: string; onAction: () => void; children: ReactNode }) {
  return (
    <>
      <PlaceHeader title={props.place} />
      <EmptyState
        title={props.title}
        testId={props.testId}
        actions={
          <button type="button" className="primary" onClick={props.onAction}>
            {props.actionLabel} <kbd>1</kbd>
          </button>
        }
      >
        {props.children}
      </EmptyState>
    </>
  );
}
