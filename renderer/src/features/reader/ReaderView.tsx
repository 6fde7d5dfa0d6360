import { useCallback, useEffect, useState } from 'react';
import type { ClippingPatch } from '../../../../shared/contract';
import type { Clipping } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import type { NoticeState } from '../../components/Notice';
import { formatCaptured } from '../../lib/format';
import { ArticleBody } from './ArticleBody';
import { DetailsPanel } from './DetailsPanel';
import { OriginalDialog } from './OriginalDialog';

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
      onReplaced={(clipping) => setState({ id: clipping.id, clipping, error: null })}
      onOpen={props.onOpen}
      onChanged={props.onChanged}
    />
  );
}

function ClippingReader(props: { clipping: Clipping; onReplaced: (clipping: Clipping) => void; onOpen: (id: string) => void; onChanged: () => void }) {
  const { clipping, onReplaced, onChanged } = props;
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);
  const [showingOriginal, setShowingOriginal] = useState(false);

  const save = useCallback(
    async (patch: ClippingPatch): Promise<string | null> => {
      const result = await api.call('clippings.update', { id: clipping.id, patch });
      if (!result.ok) {
        setStatus({ kind: 'error', message: `Not saved: ${result.error.message}` });
        return result.error.message;
      }
      onReplaced(result.value);
      setStatus({ kind: 'saved', message: 'Saved' });
      onChanged();
      return null;
    },
    [clipping.id, onReplaced, onChanged],
  );

  const moveTo = useCallback(
    async (where: 'trash' | 'restore') => {
      const result = await api.call(where === 'trash' ? 'clippings.trash' : 'clippings.restore', { ids: [clipping.id] });
      if (!result.ok) return setStatus({ kind: 'error', message: result.error.message });
      const again = await api.call('clippings.get', { id: clipping.id });
      if (again.ok) onReplaced(again.value);
      setStatus({ kind: 'saved', message: where === 'trash' ? 'Moved to the Trash' : 'Restored to the Library' });
      onChanged();
    },
    [clipping.id, onReplaced, onChanged],
  );

  return (
    <div className="reader-layout">
      <article className="reader" aria-labelledby="reader-title" data-clipping-id={clipping.id}>
        {clipping.trashedAt && (
          <div className="reader-banner reader-banner-trash" data-testid="trash-banner">
            In the Trash since {formatCaptured(clipping.trashedAt)}.
            <button type="button" onClick={() => void moveTo('restore')}>
              Restore
            </button>
          </div>
        )}
        {clipping.nearDuplicateOf && (
          <div className="reader-banner" data-testid="near-duplicate-notice">
            Near-duplicate of{' '}
            <button type="button" className="link-button" onClick={() => props.onOpen(clipping.nearDuplicateOf!.id)}>
              “{clipping.nearDuplicateOf.title}”
            </button>{' '}
            — most of its wording is the same.
          </div>
        )}
        <header className="reader-header">
          <h1 id="reader-title">{clipping.title}</h1>
          <p className="reader-byline">
            {[clipping.outlet, clipping.byline, clipping.publishedAt].filter(Boolean).join(' · ') || 'No outlet, author or date yet — add them in Details.'}
          </p>
        </header>
        <ArticleBody clipping={clipping} />
      </article>
      <DetailsPanel
        clipping={clipping}
        status={status}
        onSave={save}
        onShowOriginal={() => setShowingOriginal(true)}
        onTrash={() => void moveTo('trash')}
        onRestore={() => void moveTo('restore')}
      />
      {showingOriginal && <OriginalDialog clippingId={clipping.id} onClose={() => setShowingOriginal(false)} />}
    </div>
  );
}
