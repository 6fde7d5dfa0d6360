import type { KeyboardEvent } from 'react';
import { NO_SELECTION, extendTo, selectAll, selectOnly, toggle, type RowSelection } from './selection';

/**
 * The grid's keys: arrows, Page Up/Down, Home and End move (Shift extends the selection), Space
 * toggles a row, Ctrl/Cmd+A selects all, Esc clears, Enter opens, Delete moves to the Trash.
 */
export function useGridKeyboard(options: {
  total: number;
  rowsInView: number;
  selection: RowSelection;
  onSelectionChange: (selection: RowSelection) => void;
  scrollToRow: (index: number) => void;
  /** Opens the row at this index. */
  onOpenRow: (index: number) => void;
  onDelete: () => void;
}) {
  const { total, rowsInView, selection, onSelectionChange } = options;

  /** Moves the keyboard to a row (Shift extends the selection to it); a key handled. */
  function moveTo(index: number, extend: boolean): true {
    if (total === 0) return true;
    const target = Math.max(0, Math.min(total - 1, index));
    onSelectionChange(extend ? extendTo(selection, target) : selectOnly(target));
    options.scrollToRow(target);
    return true;
  }

  /** Handles the key and answers true, or answers false for a key the grid leaves alone. */
  function handle(key: string, shift: boolean, command: boolean): boolean {
    const active = selection.active;
    switch (key) {
      case 'ArrowDown':
        return moveTo(active === null ? 0 : active + 1, shift);
      case 'ArrowUp':
        return moveTo(active === null ? 0 : active - 1, shift);
      case 'PageDown':
        return moveTo((active ?? 0) + rowsInView - 1, shift);
      case 'PageUp':
        return moveTo((active ?? 0) - (rowsInView - 1), shift);
      case 'Home':
        return moveTo(0, shift);
      case 'End':
        return moveTo(total - 1, shift);
      case 'Enter':
        if (active !== null) options.onOpenRow(active);
        return true;
      case ' ':
        if (active !== null) onSelectionChange(toggle(selection, active));
        return true;
      case 'Delete':
        options.onDelete();
        return true;
      case 'Escape':
        if (selection.ranges.length === 0) return false;
        onSelectionChange({ ...NO_SELECTION, active });
        return true;
      default:
        if (!command || key.toLowerCase() !== 'a') return false;
        onSelectionChange(selectAll(total, active));
        return true;
    }
  }

  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (handle(event.key, event.shiftKey, event.ctrlKey || event.metaKey)) event.preventDefault();
  };
}
