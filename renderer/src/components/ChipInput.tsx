import { useState } from 'react';
import './chipInput.css';

/**
 * A list of values as chips with an input to add more: Enter (or another add key) adds what was
 * typed, × removes a chip. `onAdd`/`onRemove` save and answer an error message, or null when saved
 * (the input is then cleared).
 */
export function ChipInput(props: {
  inputId: string;
  label: string;
  className: string;
  chips: string[];
  /** What a chip is, for the remove buttons' names: "Remove tag syria". */
  chipKind: string;
  placeholder: string;
  addKeys?: string[];
  onAdd: (typed: string) => Promise<string | null>;
  onRemove: (chip: string) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const addKeys = props.addKeys ?? ['Enter'];

  async function add() {
    if (draft.trim() === '') return setDraft('');
    const failure = await props.onAdd(draft);
    setError(failure);
    if (failure === null) setDraft('');
  }

  return (
    <div className={props.className}>
      <label htmlFor={props.inputId}>{props.label}</label>
      <div className="tag-editor">
        {props.chips.map((chip) => (
          <span className="tag-chip" key={chip}>
            {chip}
            <button type="button" aria-label={`Remove ${props.chipKind} ${chip}`} onClick={() => void props.onRemove(chip).then(setError)}>
              ×
            </button>
          </span>
        ))}
        <input
          id={props.inputId}
          value={draft}
          placeholder={props.chips.length === 0 ? props.placeholder : 'Add…'}
          aria-invalid={error !== null}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onBlur={() => void add()}
          onKeyDown={(e) => {
            if (addKeys.includes(e.key)) {
              e.preventDefault();
              void add();
            }
          }}
        />
      </div>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
