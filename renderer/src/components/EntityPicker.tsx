import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ENTITY_TYPE_NAME } from '../../../shared/display-words';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../../shared/domain';
import { useEntitySearch } from './useEntitySearch';
import './entityPicker.css';

type Row = { kind: 'entity'; entity: EntitySummary } | { kind: 'create'; name: string };

/**
 * Finds a card by any of its names (the core folds case, diacritics, al-/el- and transliterations).
 * ↑/↓ move through the results, Enter picks, Esc cancels. With onCreate, the last row makes a new card.
 */
export function EntityPicker(props: {
  label: string;
  onPick: (entity: EntitySummary) => void;
  /** When set, offers “Create card ‘…’” with a type choice (Person, Organisation, Place, Other). */
  onCreate?: (name: string, type: EntityType) => void;
  excludeIds?: readonly string[];
  initialQuery?: string;
  autoFocus?: boolean;
  onCancel?: () => void;
}) {
  const baseId = useId();
  const listId = `${baseId}-results`;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const { results, error, searching } = useEntitySearch(query);
  const [activeIndex, setActiveIndex] = useState(0);
  const [newType, setNewType] = useState<EntityType>('person');

  const excluded = new Set(props.excludeIds ?? []);
  const trimmed = query.trim();
  const rows: Row[] = (results ?? []).filter((entity) => !excluded.has(entity.id)).map((entity) => ({ kind: 'entity', entity }));
  if (props.onCreate && trimmed !== '') rows.push({ kind: 'create', name: trimmed });
  const active = Math.min(activeIndex, rows.length - 1);

  // Enter pressed before the results for what was typed arrived picks the first of those results.
  const enterPending = useRef(false);

  // A new list of results starts at its first row.
  useEffect(() => setActiveIndex(0), [results]);

  useEffect(() => {
    if (searching || !enterPending.current) return;
    enterPending.current = false;
    if (!error) choose(rows[0]);
    // Runs when a search settles; rows and choose are this render's.
  }, [searching, results, error]);

  function choose(row: Row | undefined) {
    if (!row) return;
    if (row.kind === 'entity') props.onPick(row.entity);
    else props.onCreate?.(row.name, newType);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (rows.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + rows.length) % rows.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // The rows on screen belong to an earlier query: wait for the ones for this one.
      if (searching) enterPending.current = true;
      else choose(rows[active]);
    } else if (event.key === 'Escape' && props.onCancel) {
      // The picker's Esc is its own: a dialog around it must not also close.
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    }
  }

  const optionId = (index: number) => `${baseId}-option-${index}`;
  return (
    <div className="entity-picker">
      <input
        type="search"
        role="combobox"
        aria-label={props.label}
        aria-expanded={rows.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={rows.length > 0 ? optionId(active) : undefined}
        autoFocus={props.autoFocus}
        placeholder="Name or alias…"
        value={query}
        onChange={(e) => {
          enterPending.current = false;
          setQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ResultList id={listId} label={props.label} rows={rows} active={active} busy={searching} optionId={optionId} onHover={setActiveIndex} onChoose={choose} />
      <PickerStatus error={error} searching={searching} query={trimmed} shown={rows.length} />
      {props.onCreate && <NewCardType value={newType} onChange={setNewType} />}
    </div>
  );
}

/** The results as options; the active one stays in view. */
function ResultList(props: {
  id: string;
  label: string;
  rows: Row[];
  active: number;
  busy: boolean;
  optionId: (index: number) => string;
  onHover: (index: number) => void;
  onChoose: (row: Row) => void;
}) {
  const { rows, active } = props;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <ul className="entity-picker-results" id={props.id} role="listbox" aria-label={`${props.label}: results`} aria-busy={props.busy} ref={list}>
      {rows.map((row, index) => (
        <li
          key={row.kind === 'entity' ? row.entity.id : 'create'}
          id={props.optionId(index)}
          role="option"
          aria-selected={index === active}
          className={row.kind === 'create' ? 'entity-picker-create' : undefined}
          // Keep focus in the search box, so the keyboard keeps working after a click.
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => index !== active && props.onHover(index)}
          onClick={() => props.onChoose(row)}
        >
          {row.kind === 'entity' ? <EntityOption entity={row.entity} /> : <span>Create card “{row.name}”</span>}
        </li>
      ))}
    </ul>
  );
}

function NewCardType(props: { value: EntityType; onChange: (type: EntityType) => void }) {
  return (
    <label className="entity-picker-new-type">
      <span>New card type</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as EntityType)}>
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {ENTITY_TYPE_NAME[type]}
          </option>
        ))}
      </select>
    </label>
  );
}

function EntityOption(props: { entity: EntitySummary }) {
  const { entity } = props;
  const type = entity.type === 'other' && entity.otherLabel ? entity.otherLabel : ENTITY_TYPE_NAME[entity.type];
  return (
    <>
      <span className="entity-picker-name">{entity.name}</span>
      <span className="entity-picker-type">{type}</span>
      {entity.aliases.length > 0 && <span className="entity-picker-aliases">{entity.aliases.join(' · ')}</span>}
    </>
  );
}

/** One line under the results that says why the list looks the way it does; its height never changes. */
function PickerStatus(props: { error: string | null; searching: boolean; query: string; shown: number }) {
  if (props.error) {
    return (
      <p className="entity-picker-status entity-picker-error" role="alert">
        {props.error}
      </p>
    );
  }
  let text = '';
  if (props.query === '') text = 'Type a name or alias; ↑↓ to choose, Enter to pick.';
  else if (props.searching) text = 'Searching…';
  else if (props.shown === 0) text = `No card is called “${props.query}”.`;
  return (
    <p className="entity-picker-status" aria-live="polite">
      {text}
    </p>
  );
}
