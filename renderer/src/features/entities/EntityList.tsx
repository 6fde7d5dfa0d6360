import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { ENTITY_TYPE_PLURAL } from '../../../../shared/display-words';
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../../../../shared/domain';
import { countOf } from '../../lib/format';
import { entityTypeText } from './entityText';
import type { EntityListState } from './useEntityList';
import { isOneKeyShortcut } from '../../lib/keyTargets';

/** The left pane: search, type filter and the cards; ↑/↓ open the neighbouring card, as in a mail list. */
export function EntityList(props: {
  list: EntityListState;
  query: string;
  onQueryChange: (query: string) => void;
  type: EntityType | null;
  onTypeChange: (type: EntityType | null) => void;
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const { list, openId } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFind(searchRef);
  const openIndex = list.items.findIndex((entity) => entity.id === openId);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [openId, list.items]);

  function move(event: KeyboardEvent, to: (index: number) => number) {
    event.preventDefault();
    if (list.items.length === 0) return;
    const next = Math.max(0, Math.min(list.items.length - 1, to(openIndex)));
    if (next === list.items.length - 1) list.loadMore();
    props.onOpen(list.items[next]!.id);
  }

  function onListKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') move(event, (i) => i + 1);
    else if (event.key === 'ArrowUp') move(event, (i) => (i < 0 ? 0 : i - 1));
    else if (event.key === 'Home') move(event, () => 0);
    else if (event.key === 'End') move(event, () => list.items.length - 1);
  }

  const searching = props.query.trim() !== '';
  const summary = list.loading && list.items.length === 0 ? '' : searching ? `${countOf(list.total, 'card')} found` : countOf(list.total, 'card');
  return (
    <nav className="entity-list-pane" aria-label="Entity cards">
      <div className="entity-list-controls">
        <input
          type="search"
          aria-label="Find a card"
          title="Find a card by any of its names (/)"
          ref={searchRef}
          placeholder="Find by any name…"
          value={props.query}
          onChange={(e) => props.onQueryChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.focus();
              if (openIndex < 0 && list.items[0]) props.onOpen(list.items[0].id);
            }
          }}
        />
        <select aria-label="Type" value={props.type ?? ''} onChange={(e) => props.onTypeChange((e.target.value || null) as EntityType | null)}>
          <option value="">All types</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {ENTITY_TYPE_PLURAL[type]}
            </option>
          ))}
        </select>
      </div>
      <p className={`entity-list-summary${list.error ? ' entity-list-error' : ''}`} role={list.error ? 'alert' : undefined}>
        {list.error ?? summary}
      </p>
      <ul
        className="pane-list entity-list"
        role="listbox"
        aria-label="Cards"
        tabIndex={0}
        ref={listRef}
        aria-activedescendant={openIndex >= 0 ? `entity-row-${openId}` : undefined}
        onKeyDown={onListKeyDown}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollTop + el.clientHeight > el.scrollHeight - 300) list.loadMore();
        }}
      >
        {list.items.map((entity) => (
          <EntityRow key={entity.id} entity={entity} selected={entity.id === openId} onOpen={() => props.onOpen(entity.id)} />
        ))}
        {!list.loading && list.items.length === 0 && !list.error && (
          <li className="entity-list-none" role="presentation">
            {searching ? `No card is called “${props.query.trim()}”.` : 'No cards of this type.'}
          </li>
        )}
      </ul>
    </nav>
  );
}

function EntityRow(props: { entity: EntitySummary; selected: boolean; onOpen: () => void }) {
  const { entity } = props;
  return (
    <li id={`entity-row-${entity.id}`} role="option" aria-selected={props.selected} className="entity-row" data-testid="entity-row" onClick={props.onOpen}>
      <span className="entity-row-name">{entity.name}</span>
      <span className="entity-row-count" title={countOf(entity.passageCount, 'linked passage')}>
        {entity.passageCount > 0 ? entity.passageCount.toLocaleString('en-US') : ''}
      </span>
      <span className="entity-row-meta">
        {entityTypeText(entity)}
        {entity.aliases.length > 0 && ` · ${entity.aliases.join(', ')}`}
      </span>
    </li>
  );
}

/** "/" puts the cursor in the find box, as in many lists; not while typing or in a dialog. */
function useSlashToFind(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || !isOneKeyShortcut(event)) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [searchRef]);
}
