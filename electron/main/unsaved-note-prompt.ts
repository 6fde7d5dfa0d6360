// A note still being saved holds the window (the page's beforeunload asks to). A browser asks the
// user itself; Electron asks main, which shows this question. Pure, so it is tested under Node.

export const UNSAVED_NOTE_PROMPT = {
  type: 'question' as const,
  buttons: ['Wait for the save', 'Close without the last changes'],
  defaultId: 0,
  cancelId: 0,
  title: 'Research Notebook',
  message: 'A note is still being saved.',
  detail: 'Its last few seconds of typing are on their way to the library. Wait a moment and close again, or close now and lose them.',
};

/** Whether the answer to UNSAVED_NOTE_PROMPT lets the window close. */
export function closesAnyway(response: number): boolean {
  return response === 1;
}
