// Which rows are selected, as sorted, disjoint, inclusive index ranges. Indices (not ids) because
// a range over 100,000 rows must not need every id loaded; ids are resolved only for a bulk action.
export type IndexRange = readonly [first: number, last: number];

export interface RowSelection {
  ranges: readonly IndexRange[];
  /** Where Shift-extension starts from. */
  anchor: number | null;
  /** The row the keyboard is on. */
  active: number | null;
}

export const NO_SELECTION: RowSelection = { ranges: [], anchor: null, active: null };

export function selectOnly(index: number): RowSelection {
  return { ranges: [[index, index]], anchor: index, active: index };
}

/** Shift: from the anchor to `index`, replacing (or, with `keep`, adding to) the selection. */
export function extendTo(selection: RowSelection, index: number, keep = false): RowSelection {
  const anchor = selection.anchor ?? index;
  const range: IndexRange = [Math.min(anchor, index), Math.max(anchor, index)];
  return { ranges: keep ? merge([...selection.ranges, range]) : [range], anchor, active: index };
}

/** Ctrl/Cmd: add or remove one row, keeping the rest. */
export function toggle(selection: RowSelection, index: number): RowSelection {
  const ranges = isSelected(selection, index) ? removeIndex(selection.ranges, index) : merge([...selection.ranges, [index, index]]);
  return { ranges, anchor: index, active: index };
}

export function selectAll(total: number, active: number | null): RowSelection {
  return total === 0 ? NO_SELECTION : { ranges: [[0, total - 1]], anchor: 0, active: active ?? 0 };
}

export function isSelected(selection: RowSelection, index: number): boolean {
  // Few ranges in practice; a linear scan is clearer than a binary search.
  return selection.ranges.some(([first, last]) => index >= first && index <= last);
}

export function selectedCount(selection: RowSelection): number {
  return selection.ranges.reduce((sum, [first, last]) => sum + (last - first + 1), 0);
}

function merge(ranges: IndexRange[]): IndexRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: IndexRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) merged[merged.length - 1] = [last[0], Math.max(last[1], range[1])];
    else merged.push(range);
  }
  return merged;
}

function removeIndex(ranges: readonly IndexRange[], index: number): IndexRange[] {
  const result: IndexRange[] = [];
  for (const [first, last] of ranges) {
    if (index < first || index > last) result.push([first, last]);
    else {
      if (first <= index - 1) result.push([first, index - 1]);
      if (index + 1 <= last) result.push([index + 1, last]);
    }
  }
  return result;
}
