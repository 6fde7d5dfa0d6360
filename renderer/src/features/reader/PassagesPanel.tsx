import { useEffect, useRef } from 'react';
import type { Passage } from '../../../../shared/domain';
import { FormError } from '../../components/FormError';
import { PassageItem, type PassageItemActions } from './PassageItem';

/** The passages of the open clipping, in text order; the active one is scrolled into view. */
export function PassagesPanel(props: { passages: Passage[] | null; error: string | null; activeId: string | null } & PassageItemActions) {
  const { passages, activeId } = props;
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!activeId) return;
    list.current?.querySelector(`[data-passage-id="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (props.error) return <FormError message={props.error} />;
  if (passages === null) return <div className="loading" aria-busy="true" />;
  if (passages.length === 0) {
    return (
      <div className="panel-empty" data-testid="passages-panel-empty">
        <p>
          <strong>No passages in this clipping yet.</strong>
        </p>
        <p>Select text in the article: a toolbar offers Highlight, Label, Comment and Link to entity. Press h to highlight a selection.</p>
      </div>
    );
  }
  return (
    <ol className="passage-list" ref={list} data-testid="passages-panel">
      {passages.map((passage) => (
        <PassageItem key={passage.id} passage={passage} active={passage.id === activeId} {...props} />
      ))}
    </ol>
  );
}
