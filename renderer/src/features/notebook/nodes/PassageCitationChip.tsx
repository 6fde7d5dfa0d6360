import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { CitationState } from '../../../../../shared/domain';
import { useCitationState } from '../plugins/citations/citationStateStore';
import { openPassage } from '../plugins/evidence/evidenceLinks';
import { chipActivation } from './chipActivation';
import type { CitationFields } from './PassageCitationNode';

const STATUS_TEXT: Record<Exclude<CitationState['status'], 'ok'>, string> = {
  deleted: 'passage deleted',
  orphaned: 'passage orphaned — quote kept',
  trashed: 'source in the Trash',
};

/** A citation as the analyst sees it: the quote, its source and grade, and what became of the passage since. */
export function PassageCitationChip(props: { citation: CitationFields }) {
  const [editor] = useLexicalComposerContext();
  const { citation } = props;
  const present = useCitationState(editor, citation.passageId);
  // The source as it is now when the core still has it, else as it was when cited.
  const source = present && present.clippingId ? present : citation;
  const status = present?.status ?? 'ok';
  const clippingId = source.clippingId || citation.clippingId;
  const canOpen = status !== 'deleted' && clippingId !== '';
  const details = [source.outlet, source.publishedAt].filter(Boolean).join(', ');
  const open = () => {
    if (canOpen) openPassage(clippingId, citation.passageId);
  };
  return (
    <span
      role="link"
      tabIndex={-1}
      className={`passage-citation passage-citation-${status}`}
      data-testid="passage-citation"
      data-passage-id={citation.passageId}
      data-status={status}
      aria-disabled={!canOpen || undefined}
      title={canOpen ? 'Open the clipping at this passage' : 'The passage was deleted; the quote and source are kept as cited.'}
      {...chipActivation(open)}
    >
      <q className="passage-citation-quote">{citation.quote}</q>
      <span className="passage-citation-source">
        {source.clippingTitle || 'Unknown source'}
        {details && <span className="passage-citation-details"> · {details}</span>}
        {source.grade && (
          <span className="passage-citation-grade" title="Grade of the source">
            {source.grade}
          </span>
        )}
      </span>
      {status !== 'ok' && <span className="passage-citation-status">{STATUS_TEXT[status]}</span>}
    </span>
  );
}
