import { useLayoutEffect, useRef } from 'react';
import { PASSAGE_COLORS, type PassageColor } from '../../../../shared/domain';
import type { PassageFields } from './passageActions';
import type { ToolbarMode } from './SelectionToolbar';

/**
 * The selection toolbar's keys while its buttons show: h highlights in the last colour, Alt+1–5 in
 * a chosen one, l, c and e open Label, Comment and Link to entity, q cites in the open note, t opens
 * Add to timeline.
 */
export function useToolbarShortcuts(
  active: boolean,
  actions: {
    color: PassageColor;
    onHighlight: (fields: PassageFields) => void;
    onMode: (mode: ToolbarMode) => void;
    onCite: () => void;
    onAddEvent: () => void;
  },
): void {
  // The latest actions, read when a key comes: the listener stays put while the selection changes.
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  // Registered before the toolbar is painted: a key pressed as soon as it shows must find it.
  useLayoutEffect(() => {
    if (!active) return;
    // Capture phase: these keys mean something else elsewhere (1–6 switch places), not over a selection.
    const onKeyDown = (event: KeyboardEvent) => {
      const { color, onHighlight, onMode, onCite, onAddEvent } = latest.current;
      if (event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const digit = event.altKey ? Number(event.code.replace('Digit', '')) : NaN;
      let handled = true;
      if (digit >= 1 && digit <= PASSAGE_COLORS.length) onHighlight({ color: PASSAGE_COLORS[digit - 1]! });
      else if (event.altKey) handled = false;
      else if (event.key === 'h') onHighlight({ color });
      else if (event.key === 'l') onMode('label');
      else if (event.key === 'c') onMode('comment');
      else if (event.key === 'e') onMode('link');
      // Not n: that is New clipping everywhere.
      else if (event.key === 'q') onCite();
      else if (event.key === 't') onAddEvent();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [active]);
}
