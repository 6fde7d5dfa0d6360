import { describe, expect, it } from 'vitest';
import { closesAnyway, UNSAVED_NOTE_PROMPT } from '../../../electron/main/unsaved-note-prompt';

describe('the unsaved-note prompt', () => {
  it('keeps the window by default (Enter, Esc) and closes only on the explicit choice', () => {
    expect(closesAnyway(UNSAVED_NOTE_PROMPT.defaultId)).toBe(false);
    expect(closesAnyway(UNSAVED_NOTE_PROMPT.cancelId)).toBe(false);
    expect(UNSAVED_NOTE_PROMPT.buttons[1]).toBe('Close without the last changes');
    expect(closesAnyway(1)).toBe(true);
  });
});
