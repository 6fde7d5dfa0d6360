import { useId, type KeyboardEvent } from 'react';
import { useFieldDraft } from '../../../components/useFieldDraft';

/**
 * A card field saved when focus leaves it or on Enter (Ctrl+Enter in a multi-line field);
 * Esc puts the stored value back. `validate` refuses a value before anything is sent.
 */
export function CardTextField(props: {
  label: string;
  value: string | null;
  placeholder?: string;
  multiline?: boolean;
  className?: string;
  /** Hide the label visually (the name field is the card's heading); it stays the accessible name. */
  hiddenLabel?: boolean;
  validate?: (value: string) => string | null;
  onSave: (value: string | null) => Promise<string | null>;
}) {
  const id = useId();
  const { draft, setDraft, error, commit, revert } = useFieldDraft(props.value, props.onSave, props.validate);

  function onKeyDown(event: KeyboardEvent) {
    const submits = props.multiline ? event.key === 'Enter' && (event.ctrlKey || event.metaKey) : event.key === 'Enter';
    if (submits) {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && revert()) {
      event.preventDefault();
    }
  }

  const shared = {
    id,
    value: draft,
    placeholder: props.placeholder,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: () => void commit(),
    onKeyDown,
  };
  return (
    <div className={`card-field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hiddenLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...shared} onChange={(e) => setDraft(e.target.value)} />
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
