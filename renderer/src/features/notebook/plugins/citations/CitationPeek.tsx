// The passage a citation in the note points at, shown beside the note: its quote, source and grade,
// the clipping's text around it, and an explicit way to the Reader. The note keeps the focus.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useCall } from '../../../../api/useCall';
import type { CitationFields } from '../../nodes/PassageCitationNode';
import { openPassage } from '../evidence/evidenceLinks';
import { useCitationState } from './citationStateStore';
import { passageContext } from './passageContext';

const GONE: Record<string, string> = {
  deleted: 'The passage was deleted; the quote and source are kept as cited.',
  orphaned: 'The clipping’s text changed and the passage no longer matches it; the quote is kept as cited.',
  trashed: 'The source is in the Trash.',
};

export function CitationPeek(props: { citation: CitationFields; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { citation, onClose } = props;
  const present = useCitationState(editor, citation.passageId);
  // The source as it is now when the core still has it, else as it was when cited.
  const source = present?.clippingId ? present : citation;
  const clippingId = source.clippingId || citation.clippingId;
  const status = present?.status ?? 'ok';
  const quote = present?.quote || citation.quote;
  const clipping = useCall('clippings.get', status === 'deleted' || !clippingId ? null : { id: clippingId });
  const context = useMemo(() => (clipping.value ? passageContext(clipping.value.text, quote) : null), [clipping.value, quote]);
  const canOpen = status !== 'deleted' && clippingId !== '';
  // The quote in the middle of the surrounding text's box, whatever comes before it.
  const contextBox = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const box = contextBox.current;
    const mark = box?.querySelector('mark');
    if (box && mark) box.scrollTop = mark.offsetTop - (box.clientHeight - mark.offsetHeight) / 2;
  }, [context]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <section className="citation-peek" aria-label="Cited passage" data-testid="citation-peek" data-passage-id={citation.passageId} onKeyDown={onKeyDown}>
      <header className="citation-peek-head">
        <h3>Cited passage</h3>
        <button type="button" className="notice-dismiss" onClick={onClose} aria-label="Close the cited passage (Esc)" title="Close (Esc)">
          ×
        </button>
      </header>
      <blockquote className="citation-peek-quote">{quote}</blockquote>
      <p className="citation-peek-source">
        <strong>{source.clippingTitle || 'Unknown source'}</strong>
        {source.outlet && <span> · {source.outlet}</span>}
        {source.publishedAt && <span> · {source.publishedAt}</span>}
        {source.grade && (
          <span className="passage-citation-grade" title="Grade of the source">
            {source.grade}
          </span>
        )}
      </p>
      {status !== 'ok' && <p className="citation-peek-status">{GONE[status]}</p>}
      {context && (
        <p className="citation-peek-context" data-testid="citation-peek-context" ref={contextBox}>
          {context.before}
          <mark>{context.quote}</mark>
          {context.after}
        </p>
      )}
      {clipping.error && <p className="citation-peek-status">The clipping’s text could not be read: {clipping.error}</p>}
      <div className="citation-peek-actions">
        <button type="button" disabled={!canOpen} onClick={() => openPassage(clippingId, citation.passageId)} title="Ctrl+click a citation to go there at once">
          Open in Reader
        </button>
      </div>
    </section>
  );
}
