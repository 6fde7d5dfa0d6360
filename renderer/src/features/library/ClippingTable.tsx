// The Library as a virtualised grid: fixed-height rows, only those on screen (plus a few) in the
// DOM, the scroll height that of every row. Focus stays on the grid; aria-activedescendant names
// the row the keyboard is on, because that row may not exist in the DOM a moment later.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClippingSortField } from '../../../../shared/contract';
import type { ClippingPageCache } from './clippingPageCache';
import { COLUMNS, type Column } from './columns';
import {
  NO_SELECTION,
  extendTo,
  isSelected,
  selectAll,
  selectOnly,
  toggle,
  type RowSelection,
} from './selection';

export const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 30;
const OVERSCAN = 8;

export interface SortState {
  sort: ClippingSortField;
  direction: 'asc' | 'desc';
}

interface Props {
  label: string;
  cache: ClippingPageCache;
  total: number;
  selection: RowSelection;
  onSelectionChange: (selection: RowSelection) => void;
  sort: SortState;
  onSort: (sort: SortState) => void;
  onOpen: (id: string) => void;
  onDelete: () => void;
  highlightId: string | null;
  /** False while another place is shown: the grid keeps its state, and gets focus back on return. */
  visible: boolean;
}

export function ClippingTable(props: Props) {
  const { cache, total, selection } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const savedScrollTop = useRef(0);

  useLayoutEffect(() => {
    const element = viewport.current!;
    const observer = new ResizeObserver(() => {
      // Hidden (display: none) measures 0: keep the last real height.
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Coming back from another place: the same scroll position, and the keyboard on the grid.
  useLayoutEffect(() => {
    const element = viewport.current!;
    if (!props.visible) return;
    element.scrollTop = savedScrollTop.current;
    element.focus({ preventScroll: true });
  }, [props.visible]);

  // A new query starts at the top.
  useLayoutEffect(() => {
    viewport.current!.scrollTop = 0;
    savedScrollTop.current = 0;
    setScrollTop(0);
  }, [cache]);

  const rowsInView = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + height - HEADER_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    cache.ensure(first, Math.max(first, last));
  }, [cache, first, last, props.cache.total]);

  function scrollToRow(index: number) {
    const element = viewport.current!;
    const top = index * ROW_HEIGHT;
    const visibleHeight = element.clientHeight - HEADER_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight) element.scrollTop = top + ROW_HEIGHT - visibleHeight;
  }

  function goTo(index: number, extend: boolean) {
    if (total === 0) return;
    const target = Math.max(0, Math.min(total - 1, index));
    props.onSelectionChange(extend ? extendTo(selection, target) : selectOnly(target));
    scrollToRow(target);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const active = selection.active;
    const shift = event.shiftKey;
    const command = event.ctrlKey || event.metaKey;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        goTo(active === null ? 0 : active + 1, shift);
        break;
      case 'ArrowUp':
        goTo(active === null ? 0 : active - 1, shift);
        break;
      case 'PageDown':
        goTo((active ?? 0) + rowsInView - 1, shift);
        break;
      case 'PageUp':
        goTo((active ?? 0) - (rowsInView - 1), shift);
        break;
      case 'Home':
        goTo(0, shift);
        break;
      case 'End':
        goTo(total - 1, shift);
        break;
      case 'Enter': {
        const row = active === null ? undefined : cache.rowAt(active);
        if (row) props.onOpen(row.id);
        break;
      }
      case ' ':
        if (active !== null) props.onSelectionChange(toggle(selection, active));
        break;
      case 'Delete':
        props.onDelete();
        break;
      case 'Escape':
        if (selection.ranges.length === 0) handled = false;
        else props.onSelectionChange({ ...NO_SELECTION, active });
        break;
      default:
        if (command && event.key.toLowerCase() === 'a') props.onSelectionChange(selectAll(total, active));
        else handled = false;
    }
    if (handled) event.preventDefault();
  }

  function onRowClick(event: MouseEvent, index: number) {
    const command = event.ctrlKey || event.metaKey;
    if (event.shiftKey) props.onSelectionChange(extendTo(selection, index, command));
    else if (command) props.onSelectionChange(toggle(selection, index));
    else props.onSelectionChange(selectOnly(index));
    viewport.current!.focus({ preventScroll: true });
  }

  const rows = [];
  for (let index = first; index <= last; index++) {
    const row = cache.rowAt(index);
    const selected = isSelected(selection, index);
    rows.push(
      <div
        key={index}
        id={`clipping-row-${index}`}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        aria-busy={row ? undefined : true}
        data-testid="clipping-row"
        data-id={row?.id}
        className={[
          'grid-row',
          selected ? 'grid-row-selected' : '',
          index === selection.active ? 'grid-row-active' : '',
          row && row.id === props.highlightId ? 'grid-row-new' : '',
        ].join(' ')}
        style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
        onClick={(event) => onRowClick(event, index)}
        onDoubleClick={() => row && props.onOpen(row.id)}
      >
        {COLUMNS.map((column) => (
          <div role="gridcell" key={column.id} className={`grid-cell cell-${column.id}`} title={row && column.title?.(row)}>
            {row ? column.render(row) : column.id === 'title' ? <span className="cell-pending">Loading…</span> : null}
          </div>
        ))}
      </div>,
    );
  }

  const activeRendered = selection.active !== null && selection.active >= first && selection.active <= last;
  return (
    <div
      ref={viewport}
      className="grid-viewport"
      role="grid"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable
      aria-activedescendant={activeRendered ? `clipping-row-${selection.active}` : undefined}
      tabIndex={0}
      data-testid="clipping-grid"
      onKeyDown={onKeyDown}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        savedScrollTop.current = top;
        setScrollTop(top);
      }}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          {COLUMNS.map((column) => (
            <ColumnHeader key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}

function ColumnHeader(props: { column: Column; sort: SortState; onSort: (sort: SortState) => void }) {
  const { column, sort } = props;
  const current = column.sort !== null && column.sort === sort.sort;
  const ariaSort = current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  if (column.sort === null) {
    return (
      <div role="columnheader" className={`grid-cell cell-${column.id}`}>
        {column.label}
      </div>
    );
  }
  const field = column.sort;
  return (
    <div role="columnheader" aria-sort={ariaSort} className={`grid-cell cell-${column.id}`}>
      <button
        type="button"
        className="sort-button"
        title={`Sort by ${column.label.toLowerCase()}`}
        onClick={() =>
          props.onSort({ sort: field, direction: current ? (sort.direction === 'asc' ? 'desc' : 'asc') : column.firstDirection })
        }
      >
        {column.label}
        <span className="sort-arrow" aria-hidden="true">
          {current ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
