// Where the desktop app keeps its library. The CLI and browser mode compute the same place, so
// `npm run cli -- list` shows what the desktop window shows.
import { join } from 'node:path';

export const APP_DIR_NAME = 'Research Notebook';
export const LIBRARY_FILE_NAME = 'library.sqlite';

/** Electron's appData folder for a platform, computed the way Electron does. */
export function appDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
}

export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  return join(appDataDir(platform, env, home), APP_DIR_NAME);
}

/** --library wins, then NOTEBOOK_LIBRARY, then the desktop app's user-data library. */
export function resolveLibraryPath(explicit: string | undefined, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (explicit) return explicit;
  if (env.NOTEBOOK_LIBRARY) return env.NOTEBOOK_LIBRARY;
  return join(userDataDir(platform, env, home), LIBRARY_FILE_NAME);
}
