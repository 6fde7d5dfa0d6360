import { COLUMNS, type Column } from './columns';
import type { SortState } from './sortState';

/** The header row: a column's name sorts by it (again: the other way), an arrow says which way. */
export function GridHeader(props: { sort: SortState; onSort: (sort: SortState) => void }) {
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
        {COLUMNS.map((column) => (
          <ColumnHeader key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
        ))}
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
        onClick={() => props.onSort({ sort: field, direction: current ? (sort.direction === 'asc' ? 'desc' : 'asc') : column.firstDirection })}
      >
        {column.label}
        <span className="sort-arrow" aria-hidden="true">
          {current ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </div>
  );
}
