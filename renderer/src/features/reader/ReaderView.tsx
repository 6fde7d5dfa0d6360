import { EmptyState } from '../../components/EmptyState';
import type { NoticeState } from '../../components/Notice';
import { goTo, placeRoute, type TextSpan } from '../../lib/routes';
import { ClippingReader } from './ClippingReader';
import { useOpenClipping } from './useOpenClipping';

export function ReaderView(props: {
  clippingId: string | null;
  /** Scroll to this passage and flash it. */
  passageId: string | null;
  /** Scroll to this span of the text and flash it. */
  match: TextSpan | null;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}) {
  const open = useOpenClipping(props.clippingId);

  const libraryButton = (
    <button type="button" className="primary" onClick={() => goTo(placeRoute('library'))}>
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
  if (open.loading) return <div className="loading" aria-busy="true" />;
  if (!open.clipping) {
    return (
      <EmptyState title="This clipping cannot be shown" actions={libraryButton}>
        <p>{open.error}</p>
      </EmptyState>
    );
  }
  return (
    <ClippingReader
      key={open.clipping.id}
      clipping={open.clipping}
      passageId={props.passageId}
      match={props.match}
      onReplaced={open.replace}
      onChanged={props.onChanged}
      onNotice={props.onNotice}
    />
  );
}
