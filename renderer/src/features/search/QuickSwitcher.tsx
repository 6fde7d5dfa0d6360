// The quick switcher (Ctrl/Cmd+K): a dialog with a box and the matching clippings, passages, notes,
// cards and events, the kind beside each; arrows and Enter open one, Esc closes and gives the focus
// back to where it was.
import { useEffect, useRef, useState } from 'react';
import type { SwitcherItem } from '../../../../shared/search/types';
import { Dialog } from '../../components/Dialog';
import { moveRow } from './resultRows';
import { KIND_LABEL } from './searchWords';
import { useSwitcherItems } from './useSwitcherItems';
import './switcher.css';

export function QuickSwitcher(props: { onOpen: (item: SwitcherItem) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  // The chosen row is remembered as an item, not a position: when a slower answer replaces the rows,
  // the choice stays on its item (or goes back to the first), so Enter never opens another one.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { items, recentCount, loading, slow, error } = useSwitcherItems(query);
  const input = useRef<HTMLInputElement>(null);
  const index =
    items.length === 0
      ? -1
      : Math.max(
          0,
          items.findIndex((item) => itemKey(item) === activeKey),
        );
  const setActive = (i: number) => setActiveKey(items[i] ? itemKey(items[i]) : null);
  const optionId = (i: number) => `switcher-option-${i}`;

  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    if (index >= 0) document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const choose = (item: SwitcherItem | undefined) => {
    if (!item) return;
    props.onClose();
    props.onOpen(item);
  };

  return (
    <Dialog labelledBy="switcher-title" onCancel={props.onClose} className="switcher" testId="quick-switcher">
      <h2 id="switcher-title" className="switcher-heading">
        Go to
      </h2>
      <input
        ref={input}
        className="switcher-input"
        role="combobox"
        aria-label="Go to a clipping, passage, note, card or event"
        aria-expanded={items.length > 0}
        aria-controls="switcher-list"
        aria-activedescendant={index >= 0 ? optionId(index) : undefined}
        aria-autocomplete="list"
        placeholder="Go to a clipping, passage, note, card or event…"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveKey(null);
        }}
        onKeyDown={(event) => {
          const key = event.key;
          if (key === 'ArrowDown' || key === 'ArrowUp') {
            event.preventDefault();
            setActive(moveRow(index, items.length, key));
          } else if (key === 'Enter') {
            event.preventDefault();
            choose(items[index]);
          }
        }}
      />
      <p className="switcher-status" role="status">
        {error ??
          (slow
            ? 'Searching…'
            : query.trim() === ''
              ? recentCount > 0
                ? 'Opened recently, then changed recently'
                : 'Changed recently'
              : items.length === 0
                ? 'Nothing matches'
                : '')}
      </p>
      <ul id="switcher-list" role="listbox" aria-label="Matches" aria-busy={loading} className="switcher-list">
        {items.map((item, i) => (
          <li
            key={itemKey(item)}
            id={optionId(i)}
            role="option"
            aria-selected={i === index}
            className="switcher-row"
            data-testid="switcher-row"
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(item)}
          >
            <span className="switcher-title">{item.title || 'Untitled'}</span>
            {item.detail && <span className="switcher-detail">{item.detail}</span>}
            <span className={`switcher-kind switcher-kind-${item.kind}`}>{KIND_LABEL[item.kind]}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function itemKey(item: SwitcherItem): string {
  return `${item.kind}:${item.id}`;
}
