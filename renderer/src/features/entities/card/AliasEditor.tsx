import { useState } from 'react';

/** The card's other names as chips: Enter adds one, × removes it; each change is saved at once. */
export function AliasEditor(props: { name: string; aliases: string[]; onSave: (aliases: string[]) => Promise<string | null> }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(aliases: string[]) {
    const failure = await props.onSave(aliases);
    setError(failure);
    return failure;
  }

  async function add() {
    const alias = draft.trim();
    if (alias === '') return;
    const known = [props.name, ...props.aliases].some((name) => name.toLowerCase() === alias.toLowerCase());
    if (known) return setError(`“${alias}” is already a name of this card.`);
    if ((await save([...props.aliases, alias])) === null) setDraft('');
  }

  return (
    <div className="card-field card-aliases">
      <label htmlFor="entity-alias-input">Aliases</label>
      <div className="tag-editor">
        {props.aliases.map((alias) => (
          <span className="tag-chip" key={alias}>
            {alias}
            <button type="button" aria-label={`Remove alias ${alias}`} onClick={() => void save(props.aliases.filter((a) => a !== alias))}>
              ×
            </button>
          </span>
        ))}
        <input
          id="entity-alias-input"
          value={draft}
          placeholder={props.aliases.length === 0 ? 'Add another name, spelling or transliteration…' : 'Add…'}
          aria-invalid={error !== null}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onBlur={() => void add()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
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
