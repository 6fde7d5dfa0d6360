import { useLayoutEffect, useRef } from 'react';
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
  // Back in the Reader at a clipping's start, not at a passage or a match: where the analyst left it.
  const anchor = useScrollMemory(open.clipping?.id ?? null, props.passageId === null && props.match === null);

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
    <div ref={anchor} style={{ display: 'contents' }}>
      <ClippingReader
        key={open.clipping.id}
        clipping={open.clipping}
        passageId={props.passageId}
        match={props.match}
        onReplaced={open.replace}
        onChanged={props.onChanged}
        onNotice={props.onNotice}
      />
    </div>
  );
}

/** How far each clipping read in this session was scrolled, kept while the analyst is in other places. */
const scrolledTo = new Map<string, number>();

/**
 * Remembers how far the place around the Reader is scrolled in the shown clipping, and scrolls back
 * there when the clipping is shown again (if `restore`). Returns the ref for an element inside the place.
 */
function useScrollMemory(clippingId: string | null, restore: boolean) {
  const anchor = useRef<HTMLDivElement>(null);
  const restoreOnShow = useRef(restore);
  restoreOnShow.current = restore;

  useLayoutEffect(() => {
    const scroller = anchor.current && scrollParent(anchor.current);
    if (!clippingId || !scroller) return;
    const saved = scrolledTo.get(clippingId);
    let frame = 0;
    // The text may still be laying out: try again for a few frames until the place is tall enough.
    const scrollBack = (triesLeft: number) => {
      scroller.scrollTop = saved!;
      if (Math.abs(scroller.scrollTop - saved!) > 1 && triesLeft > 0) frame = requestAnimationFrame(() => scrollBack(triesLeft - 1));
    };
    if (saved !== undefined && restoreOnShow.current) scrollBack(30);
    const onScroll = () => scrolledTo.set(clippingId, scroller.scrollTop);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [clippingId]);
  return anchor;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}
