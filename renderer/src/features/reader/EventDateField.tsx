import { parseEdtfDate } from '../../../../shared/timeline/edtf-date';

/** The date as EDTF, read as it is typed: its label ("June 2014") below it, or what is wrong with it. */
export function EventDateField(props: { value: string; onChange: (value: string) => void }) {
  const typed = props.value.trim();
  const parsed = typed === '' ? null : parseEdtfDate(typed);
  return (
    <label className="field event-date-field">
      <span>Date</span>
      <input
        value={props.value}
        placeholder="e.g. 2014-06-10, 2014-06, 2014~, 2013/2014; empty for undated"
        aria-invalid={parsed?.ok === false}
        aria-describedby="event-date-reading"
        data-testid="event-date"
        onChange={(event) => props.onChange(event.target.value)}
      />
      <span id="event-date-reading" className={parsed?.ok === false ? 'field-error' : 'field-hint'} role={parsed?.ok === false ? 'alert' : undefined}>
        {parsed === null ? 'Undated: kept in the undated lane.' : parsed.ok ? parsed.date.label : parsed.message}
      </span>
    </label>
  );
}

/** Whether the typed date may be saved: empty (undated) or a date the timeline takes. */
export function dateProblem(value: string): string | null {
  const typed = value.trim();
  if (typed === '') return null;
  const parsed = parseEdtfDate(typed);
  return parsed.ok ? null : parsed.message;
}
