import { useEffect, useId, useState } from 'react';

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
  const stored = props.value ?? '';
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(stored);
    setError(null);
  }, [stored]);

  async function commit() {
    const value = draft.trim();
    if (value === stored) return setError(null);
    const problem = props.validate?.(value) ?? null;
    if (problem) return setError(problem);
    const failure = await props.onSave(value === '' ? null : value);
    setError(failure);
  }

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
          if (e.key === 'Escape' && draft !== stored) {
            e.preventDefault();
            setDraft(stored);
            setError(null);
          }
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
