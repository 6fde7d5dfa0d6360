import { useId, useState, type FormEvent } from 'react';
import type { EntityRef } from '../../../../shared/domain';
import { ChipInput } from '../../components/ChipInput';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { parseTagList, tagListProblem } from '../../lib/tagNames';
import { CardChipsField } from './CardChipsField';
import { dateProblem, EventDateField } from './EventDateField';
import type { EventDraft } from './eventDraft';

/**
 * "Add to timeline…": the event pre-filled from the text (title, date, participants, the evidence),
 * every field editable. The date is read as it is typed; Save is refused while it is not a date.
 */
export function AddEventDialog(props: { initial: EventDraft; busy: boolean; error: string | null; onSave: (draft: EventDraft) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    // What Save refused is answered by the next edit (the date field says its own problem as it is typed).
    setProblem(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const failure = draft.title.trim() === '' ? 'An event needs a title.' : dateProblem(draft.date);
    setProblem(failure);
    if (!failure) props.onSave(draft);
  };

  const addTags = (typed: string) => {
    const tags = [...draft.tags, ...parseTagList(typed).filter((t) => !draft.tags.some((k) => k.toLowerCase() === t.toLowerCase()))];
    const failure = tagListProblem(tags);
    if (!failure) set('tags', tags);
    return Promise.resolve(failure);
  };

  return (
    <Dialog labelledBy={`${id}-heading`} onCancel={props.onCancel} className="add-event-dialog" testId="add-event-dialog">
      <form className="dialog-form" onSubmit={submit}>
        <h2 id={`${id}-heading`}>Add to timeline</h2>
        <label className="field">
          <span>Title</span>
          <input autoFocus value={draft.title} data-testid="event-title" onChange={(e) => set('title', e.target.value)} />
        </label>
        <div className="add-event-row">
          <EventDateField value={draft.date} onChange={(value) => set('date', value)} />
          <label className="field">
            <span>Type</span>
            <input value={draft.type} placeholder="e.g. attack, meeting" onChange={(e) => set('type', e.target.value)} />
          </label>
        </div>
        <CardChipsField label="Participants" testId="event-participants" cards={draft.participants} onChange={(cards) => set('participants', cards)} />
        <CardChipsField
          label="Place"
          testId="event-place"
          only="place"
          single
          cards={draft.place ? [draft.place] : []}
          onChange={(cards: EntityRef[]) => set('place', cards[0] ?? null)}
        />
        <ChipInput
          inputId={`${id}-tags`}
          label="Tags"
          className="field"
          chips={draft.tags}
          chipKind="tag"
          placeholder="Add a tag…"
          addKeys={['Enter', ',']}
          onAdd={addTags}
          onRemove={(tag) =>
            Promise.resolve(
              set(
                'tags',
                draft.tags.filter((t) => t !== tag),
              ),
            ).then(() => null)
          }
        />
        <div className="field">
          <span>Evidence</span>
          <blockquote className="add-event-evidence" data-testid="event-evidence">
            {draft.evidence.quote}
          </blockquote>
        </div>
        <FormError message={problem ?? props.error} />
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={props.busy}>
            {props.busy ? 'Saving…' : 'Add to timeline'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
