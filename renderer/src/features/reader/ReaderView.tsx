import { useEffect, useState } from 'react';
import type { Clipping } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import type { NoticeState } from '../../components/Notice';
import { ClippingReader } from './ClippingReader';

export interface ReaderViewProps {
  clippingId: string | null;
  /** Scroll to this passage and flash it. */
  passageId: string | null;
  onGoToLibrary: () => void;
  onOpen: (id: string, passageId?: string | null) => void;
  onOpenEntity: (id: string) => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}

export function ReaderView(props: ReaderViewProps) {
  const [state, setState] = useState<{ id: string; clipping: Clipping | null; error: ApiError | null } | null>(null);

  useEffect(() => {
    if (!props.clippingId) return;
    let live = true;
    const id = props.clippingId;
    void api.call('clippings.get', { id }).then((result) => {
      if (live) setState(result.ok ? { id, clipping: result.value, error: null } : { id, clipping: null, error: result.error });
    });
    return () => {
      live = false;
    };
  }, [props.clippingId]);

  const libraryButton = (
    <button type="button" className="primary" onClick={props.onGoToLibrary}>
      Open the Library <kbd>1</kbd>
    </button>
  );

  if (!props.clippingId) {
    return (
      <EmptyState title="No clipping open — choose one in the Library" testId="reader-empty" actions={libraryButton}>
        <p>The Reader shows a clipping's text in full with its source, so you can read it closely and mark the passages that matter.</p>
      </EmptyState>
    );
  }
  if (!state || state.id !== props.clippingId) return <div className="loading" aria-busy="true" />;
  if (!state.clipping) {
    return (
      <EmptyState title="This clipping cannot be shown" actions={libraryButton}>
        <p>{state.error?.message}</p>
      </EmptyState>
    );
  }
  return (
    <ClippingReader
      key={state.clipping.id}
      clipping={state.clipping}
      passageId={props.passageId}
      onReplaced={(clipping) => setState({ id: clipping.id, clipping, error: null })}
      onOpen={props.onOpen}
      onOpenEntity={props.onOpenEntity}
      onChanged={props.onChanged}
      onNotice={props.onNotice}
    />
  );
}
