import type { TimelineSuggestion } from '../../../../shared/timeline/types';
import { FormError } from '../../components/FormError';

/** How many characters of the sentence show either side of the date expression. */
const CONTEXT_CHARS = 70;

/**
 * Dates the text gives, each with its sentence: Accept opens "Add to timeline" pre-filled from it,
 * Reject hides it for this clipping for good; clicking the date shows it in the article.
 */
export function DateSuggestionsPanel(props: {
  text: string;
  dates: TimelineSuggestion[] | null;
  error: string | null;
  busy: boolean;
  activeStart: number | null;
  onShow: (suggestion: TimelineSuggestion) => void;
  onAccept: (suggestion: TimelineSuggestion) => void;
  onReject: (suggestion: TimelineSuggestion) => void;
}) {
  const { dates } = props;
  if (props.error) return <FormError message={props.error} />;
  if (dates === null) return <div className="loading" aria-busy="true" />;
  return (
    <section className="suggestion-type date-suggestions" aria-label="Dates" data-testid="date-suggestions">
      <header className="suggestion-type-head">
        <h3>
          Dates <span className="count">{dates.length}</span>
        </h3>
      </header>
      {dates.length === 0 ? (
        <p className="panel-empty-line">No dates found in this text. Select a passage and press t to add an event by hand.</p>
      ) : (
        <ul className="suggestion-list">
          {dates.map((date) => (
            <li
              key={`${date.start}:${date.edtf}`}
              className="suggestion date-suggestion"
              data-testid="date-suggestion"
              aria-current={date.start === props.activeStart || undefined}
            >
              <button type="button" className="suggestion-name" title="Show in the article" onClick={() => props.onShow(date)}>
                <span>{date.label}</span>
                <span className="date-suggestion-edtf">{date.edtf}</span>
              </button>
              <span className="date-suggestion-context">{inContext(props.text, date)}</span>
              {date.participants.length > 0 && (
                <span className="suggestion-surfaces" data-testid="date-suggestion-participants">
                  with {date.participants.map((p) => p.name).join(', ')}
                </span>
              )}
              <span className="suggestion-actions">
                <button type="button" className="small primary" disabled={props.busy} onClick={() => props.onAccept(date)}>
                  Accept…
                </button>
                <button type="button" className="small" disabled={props.busy} onClick={() => props.onReject(date)}>
                  Reject
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The expression in its sentence, trimmed to a window around it, the expression itself marked. */
function inContext(text: string, date: TimelineSuggestion) {
  const from = Math.max(date.sentence.start, date.start - CONTEXT_CHARS);
  const to = Math.min(date.sentence.end, date.end + CONTEXT_CHARS);
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return (
    <>
      {from > date.sentence.start && '…'}
      {flat(text.slice(from, date.start))}
      <mark>{flat(text.slice(date.start, date.end))}</mark>
      {flat(text.slice(date.end, to))}
      {to < date.sentence.end && '…'}
    </>
  );
}
