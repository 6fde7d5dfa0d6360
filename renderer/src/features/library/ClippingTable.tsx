// The Library as a virtualised grid: fixed-height rows, only those on screen (plus a few) in the
// DOM, the scroll height that of every row. Focus stays on the grid; aria-activedescendant names
// the row the keyboard is on, because that row may not exist in the DOM a moment later.
import { useEffect, type MouseEvent } from 'react';
import type { ClippingPageCache } from './clippingPageCache';
import { ClippingRow } from './ClippingRow';
import { COLUMNS } from './columns';
import { GridHeader } from './GridHeader';
import { extendTo, isSelected, selectOnly, toggle, type RowSelection } from './selection';
import type { SortState } from './sortState';
import { useGridKeyboard } from './useGridKeyboard';
import { ROW_HEIGHT, useGridViewport } from './useGridViewport';
import './clippingTable.css';

export function ClippingTable(props: {
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
}) {
  const { cache, total, selection, onSelectionChange } = props;
  const { viewport, onScroll, scrollToRow, rowsInView, first, last } = useGridViewport(cache, total, props.visible);

  useEffect(() => {
    cache.ensure(first, Math.max(first, last));
  }, [cache, first, last, cache.total]);

  const onKeyDown = useGridKeyboard({
    total,
    rowsInView,
    selection,
    onSelectionChange,
    scrollToRow,
    onOpenRow: (index) => {
      const row = cache.rowAt(index);
      if (row) props.onOpen(row.id);
    },
    onDelete: props.onDelete,
  });

  function onRowClick(event: MouseEvent, index: number) {
    const command = event.ctrlKey || event.metaKey;
    if (event.shiftKey) onSelectionChange(extendTo(selection, index, command));
    else if (command) onSelectionChange(toggle(selection, index));
    else onSelectionChange(selectOnly(index));
    viewport.current!.focus({ preventScroll: true });
  }

  const rows = [];
  for (let index = first; index <= last; index++) {
    const row = cache.rowAt(index);
    rows.push(
      <ClippingRow
        key={index}
        index={index}
        row={row}
        selected={isSelected(selection, index)}
        active={index === selection.active}
        highlighted={row !== undefined && row.id === props.highlightId}
        onClick={onRowClick}
        onOpen={props.onOpen}
      />,
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
      onScroll={onScroll}
    >
      <GridHeader sort={props.sort} onSort={props.onSort} />
      <div role="rowgroup" className="grid-body" style={{ height: total * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}
