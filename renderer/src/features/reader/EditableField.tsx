import { useId } from 'react';
import { useFieldDraft } from '../../components/useFieldDraft';

/**
 * A metadata field saved when the user leaves it or presses Enter; Esc puts the stored value back.
 * `validate` answers a message for a value that would be refused, so no request is made for it.
 */
export function EditableField(props: {
  label: string;
  value: string | null;
  placeholder?: string;
  hint?: string;
  validate?: (value: string) => string | null;
  onSave: (value: string | null) => Promise<string | null>;
  wide?: boolean;
}) {
  const id = useId();
  const { draft, setDraft, error, commit, revert } = useFieldDraft(props.value, props.onSave, props.validate);

  return (
    <div className={`detail-field${props.wide ? ' detail-field-wide' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={draft}
        placeholder={props.placeholder}
        title={props.hint}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape' && revert()) e.preventDefault();
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
