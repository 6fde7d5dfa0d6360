import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR_NAME, LIBRARY_FILE_NAME, appDataDir, resolveLibraryPath, userDataDir } from '../../../electron/core/paths';

const home = '/home/ada';

describe('appDataDir', () => {
  it('uses APPDATA on Windows, or the roaming folder under home', () => {
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, home)).toBe('C:\\Users\\ada\\AppData\\Roaming');
    expect(appDataDir('win32', {}, home)).toBe(join(home, 'AppData', 'Roaming'));
  });

  it('uses Application Support on macOS', () => {
    expect(appDataDir('darwin', { XDG_CONFIG_HOME: '/x' }, home)).toBe(join(home, 'Library', 'Application Support'));
  });

  it('uses an absolute XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/data/config' }, home)).toBe('/data/config');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: 'relative/config' }, home)).toBe(join(home, '.config'));
    expect(appDataDir('linux', {}, home)).toBe(join(home, '.config'));
  });
});

describe('resolveLibraryPath', () => {
  const env = { NOTEBOOK_LIBRARY: '/env/library.sqlite' };

  it('prefers --library, then NOTEBOOK_LIBRARY, then the user-data library', () => {
    expect(resolveLibraryPath('/flag/library.sqlite', 'linux', env, home)).toBe('/flag/library.sqlite');
    expect(resolveLibraryPath(undefined, 'linux', env, home)).toBe('/env/library.sqlite');
    expect(resolveLibraryPath(undefined, 'linux', {}, home)).toBe(join(home, '.config', APP_DIR_NAME, LIBRARY_FILE_NAME));
  });

  it('ignores an empty --library or NOTEBOOK_LIBRARY', () => {
    expect(resolveLibraryPath('', 'linux', { NOTEBOOK_LIBRARY: '' }, home)).toBe(join(userDataDir('linux', {}, home), LIBRARY_FILE_NAME));
  });
});
