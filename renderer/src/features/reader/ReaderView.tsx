import { useEffect, useState } from 'react';
import type { Clipping } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/errors';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { formatCaptured } from '../library/LibraryView';

export function ReaderView(props: { clippingId: string | null; onGoToLibrary: () => void }) {
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
  return <ClippingReader clipping={state.clipping} />;
}

function ClippingReader({ clipping }: { clipping: Clipping }) {
  const paragraphs = clipping.text.split(/\n{2,}/);
  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <h1 id="reader-title">{clipping.title}</h1>
        <dl className="reader-meta">
          {clipping.outlet && <Meta term="Outlet" value={clipping.outlet} />}
          {clipping.byline && <Meta term="By" value={clipping.byline} />}
          {clipping.publishedAt && <Meta term="Published" value={clipping.publishedAt} />}
          <Meta term="Captured" value={formatCaptured(clipping.capturedAt)} />
          <Meta term="Source" value={clipping.sourceName ?? 'Pasted text'} />
          <Meta term="Words" value={clipping.wordCount.toLocaleString()} />
          <Meta term="SHA-256" value={clipping.sha256.slice(0, 12)} title={clipping.sha256} />
        </dl>
      </header>
      <div className="reader-text" data-testid="reader-text">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}

function Meta(props: { term: string; value: string; title?: string }) {
  return (
    <div className="meta-item">
      <dt>{props.term}</dt>
      <dd title={props.title}>{props.value}</dd>
    </div>
  );
}
