import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findElectronBinary, mayDownloadElectron } from '../../../electron/cli/electron-binary';

const dir = '/project/node_modules/electron';

describe('findElectronBinary', () => {
  it('is null when the binary was never downloaded (no path.txt)', () => {
    expect(findElectronBinary(dir, { readPathTxt: () => null, exists: () => true, overrideDistPath: undefined })).toBeNull();
  });

  it('is null when path.txt names a file that is not there', () => {
    expect(findElectronBinary(dir, { readPathTxt: () => 'electron', exists: () => false, overrideDistPath: undefined })).toBeNull();
  });

  it('is the executable in dist/ when it exists', () => {
    const expected = join(dir, 'dist', 'electron');
    expect(findElectronBinary(dir, { readPathTxt: () => 'electron\n', exists: (p) => p === expected, overrideDistPath: undefined })).toBe(expected);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const expected = join('/opt/electron', 'electron');
    expect(findElectronBinary(dir, { readPathTxt: () => null, exists: (p) => p === expected, overrideDistPath: '/opt/electron' })).toBe(expected);
  });
});

describe('mayDownloadElectron', () => {
  it('downloads unless the user opted out as at install time', () => {
    expect(mayDownloadElectron({})).toBe(true);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(true);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false);
    expect(mayDownloadElectron({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(false);
    expect(mayDownloadElectron({ npm_config_electron_skip_binary_download: '1' })).toBe(false);
  });
});
