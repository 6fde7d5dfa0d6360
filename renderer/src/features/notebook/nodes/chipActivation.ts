import type { KeyboardEvent, MouseEvent } from 'react';

/**
 * Handlers that open a mention chip: Ctrl/Cmd+click, or Enter or Space on the chip. A plain click
 * stays in the note (the analyst is writing; a click never navigates away). The chips are spans, not
 * buttons, since a <button> cannot wrap across lines inside prose.
 */
export function chipActivation(open: () => void) {
  return {
    // The mouse does not take the focus or the caret out of the text being written, so the words
    // typed next go on into the note (and a Space typed next does not open the chip).
    onMouseDown: (event: MouseEvent) => {
      if (event.button === 0) event.preventDefault();
    },
    onClick: (event: MouseEvent) => {
      if (event.ctrlKey || event.metaKey) open();
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open();
    },
  };
}
