// Commands the desktop menu sends to the page. The preload exposes only `call`, so main raises
// them as a DOM event in the page; the renderer handles them like its own buttons.
export const APP_COMMAND_EVENT = 'notebook:command';
export const APP_COMMANDS = ['new-clipping', 'import-files', 'import-folder'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value);
}

/** The script main runs in the page to raise a command (the command is from the fixed list). */
export function appCommandScript(command: AppCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`;
}
