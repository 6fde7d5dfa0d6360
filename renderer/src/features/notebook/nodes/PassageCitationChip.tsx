import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { CitationState } from '../../../../../shared/domain';
import { useCitationState } from '../plugins/citations/citationStateStore';
import { SHOW_CITATION_PEEK_COMMAND } from '../plugins/citations/citationPeekCommand';
import { openPassage } from '../plugins/evidence/evidenceLinks';
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
  // A click never leaves the note: it peeks at the passage, and the caret stays where it was, so the
  // words typed next go on into the note. Ctrl/Cmd+click goes to the Reader at once.
  const onClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey) {
      if (canOpen) openPassage(clippingId, citation.passageId);
      return;
    }
    editor.dispatchCommand(SHOW_CITATION_PEEK_COMMAND, citation);
    if (!editor.getRootElement()?.contains(document.activeElement)) editor.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    editor.dispatchCommand(SHOW_CITATION_PEEK_COMMAND, citation);
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
      title={
        canOpen ? 'Show this passage beside the note (Ctrl+click: open it in the Reader)' : 'The passage was deleted; the quote and source are kept as cited.'
      }
      // The mouse does not move the caret or the focus out of the text being written.
      onMouseDown={(event) => event.button === 0 && event.preventDefault()}
      onClick={onClick}
      onKeyDown={onKeyDown}
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
