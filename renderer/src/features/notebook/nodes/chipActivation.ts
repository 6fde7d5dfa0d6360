import type { KeyboardEvent } from 'react';

/**
 * Handlers that open a mention or citation chip: a click, or Enter or Space. The chips are spans, not
 * buttons, since a <button> cannot wrap across lines inside prose.
 */
export function chipActivation(open: () => void) {
  return {
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      open();
    },
  };
}
