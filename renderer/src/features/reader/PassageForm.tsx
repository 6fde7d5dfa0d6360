import { useId, useState, type KeyboardEvent } from 'react';
import { PASSAGE_COLORS, type PassageColor } from '../../../../shared/domain';
import { PASSAGE_COLOR_NAMES } from './passageColors';

export interface PassageFormValues {
  color: PassageColor;
  label: string | null;
  comment: string | null;
}

/** The fields of `values` that differ from `initial`. */
function changedValues(initial: PassageFormValues, values: PassageFormValues): Partial<PassageFormValues> {
  const changed: Partial<PassageFormValues> = {};
  if (values.color !== initial.color) changed.color = values.color;
  if (values.label !== (initial.label ?? null)) changed.label = values.label;
  if (values.comment !== (initial.comment ?? null)) changed.comment = values.comment;
  return changed;
}

/**
 * Colour, label and comment of a passage: Enter in the label or Ctrl+Enter saves, Esc cancels.
 * `onSave` gets the values and, apart, the ones changed since the form opened: an existing passage
 * is saved with only those, so a form opened on a copy that a later write changed (a colour picked
 * a moment before, still being reloaded) cannot put the copy's other fields back.
 */
export function PassageForm(props: {
  initial: PassageFormValues;
  focus: 'label' | 'comment';
  saveLabel: string;
  busy?: boolean;
  onSave: (values: PassageFormValues, changed: Partial<PassageFormValues>) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [initial] = useState(props.initial);
  const [color, setColor] = useState(props.initial.color);
  const [label, setLabel] = useState(props.initial.label ?? '');
  const [comment, setComment] = useState(props.initial.comment ?? '');
  const save = () => {
    const values = { color, label: label.trim() || null, comment: comment.trim() || null };
    props.onSave(values, changedValues(initial, values));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || (event.target as HTMLElement).tagName === 'INPUT')) {
      event.preventDefault();
      save();
    }
  };
  return (
    <form
      className="passage-form"
      data-testid="passage-form"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="color-choice" role="radiogroup" aria-label="Colour">
        {PASSAGE_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c === color}
            aria-label={PASSAGE_COLOR_NAMES[c]}
            className={`swatch swatch-${c}`}
            onClick={() => setColor(c)}
          />
        ))}
      </div>
      <label htmlFor={`${id}-label`}>Label</label>
      <input
        id={`${id}-label`}
        value={label}
        maxLength={100}
        placeholder="e.g. claim, casualty figure"
        autoFocus={props.focus === 'label'}
        onChange={(e) => setLabel(e.target.value)}
      />
      <label htmlFor={`${id}-comment`}>Comment</label>
      <textarea
        id={`${id}-comment`}
        value={comment}
        rows={3}
        maxLength={10_000}
        autoFocus={props.focus === 'comment'}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="passage-form-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={props.busy}>
          {props.saveLabel} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
