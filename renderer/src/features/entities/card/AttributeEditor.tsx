import { useEffect, useRef, useState, type FocusEvent } from 'react';
import type { EntityAttribute } from '../../../../../shared/domain';

/** Keys analysts use most; offered as suggestions, any other key is fine. */
const COMMON_KEYS = ['nationality', 'role', 'country', 'born', 'died', 'founded', 'dissolved', 'headquarters', 'affiliation', 'rank'];

/**
 * Key/value rows. The rows are saved together when focus leaves the table (or on Enter), so a row
 * half typed is never stored; × removes a row at once.
 */
export function AttributeEditor(props: { attributes: EntityAttribute[]; onSave: (attributes: EntityAttribute[]) => Promise<string | null> }) {
  const [rows, setRows] = useState<EntityAttribute[]>(props.attributes);
  const [error, setError] = useState<string | null>(null);
  const focusLastKey = useRef(false);
  const tableRef = useRef<HTMLDivElement>(null);

  // Stored rows that change underneath replace the draft; the same rows read again (after a save
  // elsewhere on the card) leave a row being typed alone.
  const stored = JSON.stringify(props.attributes);
  useEffect(() => {
    setRows(JSON.parse(stored) as EntityAttribute[]);
    setError(null);
  }, [stored]);

  useEffect(() => {
    if (!focusLastKey.current) return;
    focusLastKey.current = false;
    const keys = tableRef.current?.querySelectorAll<HTMLInputElement>('input[data-role="key"]');
    keys?.[keys.length - 1]?.focus();
  }, [rows.length]);

  async function save(next: EntityAttribute[]) {
    const kept = next.map((row) => ({ key: row.key.trim(), value: row.value.trim() })).filter((row) => row.key !== '' || row.value !== '');
    if (kept.some((row) => row.key === '')) return setError('An attribute needs a name, such as nationality or role.');
    if (sameAttributes(kept, props.attributes)) return setError(null);
    setError(await props.onSave(kept));
  }

  function onBlur(event: FocusEvent) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void save(rows);
  }

  const edit = (index: number, change: Partial<EntityAttribute>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <section className="card-section" aria-labelledby="entity-attributes-heading">
      <h3 id="entity-attributes-heading">Attributes</h3>
      <div className="attribute-table" ref={tableRef} onBlur={onBlur}>
        {rows.map((row, index) => (
          <div className="attribute-row" key={index}>
            <input
              data-role="key"
              aria-label={`Attribute ${index + 1} name`}
              list="entity-attribute-keys"
              placeholder="e.g. nationality"
              value={row.key}
              onChange={(e) => edit(index, { key: e.target.value })}
              onKeyDown={(e) => e.key === 'Enter' && void save(rows)}
            />
            <input
              aria-label={row.key.trim() ? row.key.trim() : `Attribute ${index + 1} value`}
              placeholder="value"
              value={row.value}
              onChange={(e) => edit(index, { value: e.target.value })}
              onKeyDown={(e) => e.key === 'Enter' && void save(rows)}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove attribute ${row.key || index + 1}`}
              onClick={() => void save(rows.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="add-row-button"
          onClick={() => {
            focusLastKey.current = true;
            setRows([...rows, { key: '', value: '' }]);
          }}
        >
          + Add attribute
        </button>
      </div>
      <datalist id="entity-attribute-keys">
        {COMMON_KEYS.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}

function sameAttributes(a: readonly EntityAttribute[], b: readonly EntityAttribute[]): boolean {
  return a.length === b.length && a.every((row, i) => row.key === b[i]!.key && row.value === b[i]!.value);
}
