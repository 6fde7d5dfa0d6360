import type { MouseEvent } from 'react';
import type { ClippingSummary } from '../../../../shared/domain';
import { COLUMNS } from './columns';
import { ROW_HEIGHT } from './useGridViewport';

/** One row of the grid at its place in the scroll height; a row not loaded yet says so. */
export function ClippingRow(props: {
  index: number;
  row: ClippingSummary | undefined;
  selected: boolean;
  active: boolean;
  highlighted: boolean;
  onClick: (event: MouseEvent, index: number) => void;
  onOpen: (id: string) => void;
}) {
  const { index, row } = props;
  const className = [
    'grid-row',
    props.selected ? 'grid-row-selected' : '',
    props.active ? 'grid-row-active' : '',
    props.highlighted ? 'grid-row-new' : '',
  ].join(' ');
  return (
    <div
      id={`clipping-row-${index}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={props.selected}
      aria-busy={row ? undefined : true}
      data-testid="clipping-row"
      data-id={row?.id}
      className={className}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
      onClick={(event) => props.onClick(event, index)}
      onDoubleClick={() => row && props.onOpen(row.id)}
    >
      {COLUMNS.map((column) => (
        <div role="gridcell" key={column.id} className={`grid-cell cell-${column.id}`} title={row && column.title?.(row)}>
          {row ? column.render(row) : column.id === 'title' ? <span className="cell-pending">Loading…</span> : null}
        </div>
      ))}
    </div>
  );
}
