import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { openEvent } from '../plugins/evidence/evidenceLinks';
import { useEventTitle } from '../plugins/mentions/eventTitleStore';
import { chipActivation } from './chipActivation';

/** An event as the analyst sees it: its title and date now, or as written, marked, when it is gone. */
export function EventMentionChip(props: { eventId: string; storedTitle: string; storedLabel: string | null }) {
  const [editor] = useLexicalComposerContext();
  const state = useEventTitle(editor, props.eventId);
  const deleted = state.status === 'deleted';
  const title = state.status === 'live' ? state.title : props.storedTitle;
  const label = state.status === 'live' ? state.label : props.storedLabel;
  const open = () => {
    if (!deleted) openEvent(props.eventId);
  };
  return (
    <span
      role="link"
      tabIndex={-1}
      className={`event-mention${deleted ? ' event-mention-deleted' : ''}`}
      data-testid="event-mention"
      data-event-id={props.eventId}
      aria-disabled={deleted || undefined}
      title={deleted ? 'This event was deleted; its title and date are kept as they were written.' : `Ctrl+click to open “${title}” on the Timeline`}
      {...chipActivation(open)}
    >
      <span className="event-mention-title">{title}</span>
      <span className="event-mention-date">{label ?? 'undated'}</span>
      {deleted && <span className="event-mention-gone"> (deleted event)</span>}
    </span>
  );
}
