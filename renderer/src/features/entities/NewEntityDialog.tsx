import { useState, type FormEvent } from 'react';
import { ENTITY_TYPE_NAME } from '../../../../shared/display-words';
import { ENTITY_TYPES, type EntityCard, type EntityType } from '../../../../shared/domain';
import { useAction } from '../../api/useAction';
import { Dialog } from '../../components/Dialog';

/** New card: a name and a type; everything else is filled in on the card. */
export function NewEntityDialog(props: { onCancel: () => void; onCreated: (card: EntityCard) => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>('person');
  const [otherLabel, setOtherLabel] = useState('');
  const { run, busy: saving, error, setError } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setError('A card needs a name.');
    const other = type === 'other' && otherLabel.trim() !== '' ? { otherLabel: otherLabel.trim() } : {};
    const result = await run('entities.create', { name: name.trim(), type, ...other }, 'Not created');
    if (result.ok) props.onCreated(result.value);
  }

  return (
    <Dialog labelledBy="new-card-heading" onCancel={props.onCancel} className="dialog-compact" testId="new-card-dialog">
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <h2 id="new-card-heading">New card</h2>
        <label className="field">
          <span>Name</span>
          <input
            autoFocus
            value={name}
            aria-invalid={error !== null && name.trim() === ''}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Jabhat al-Nusra"
          />
        </label>
        <fieldset className="type-choice">
          <legend>Type</legend>
          {ENTITY_TYPES.map((t) => (
            <label key={t}>
              <input type="radio" name="new-card-type" value={t} checked={type === t} onChange={() => setType(t)} />
              {ENTITY_TYPE_NAME[t]}
            </label>
          ))}
        </fieldset>
        {type === 'other' && (
          <label className="field">
            <span>What kind</span>
            <input value={otherLabel} onChange={(e) => setOtherLabel(e.target.value)} placeholder="e.g. vessel, weapon system" />
          </label>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create card'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
