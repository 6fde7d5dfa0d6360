// A library in a folder this user cannot write to: SQLite cannot create its journal beside the file.
// The refusal names the folder and says why, and the file is left exactly as it was. Root ignores
// permissions, so under root the opening process runs as the unprivileged user "nobody".
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { fileSha256, makeTempDir, sidecarFiles } from '../../../helpers/temp-library';
import { startOpener } from './library-opener';

const NOBODY = { uid: 65534, gid: 65534 };
const runningAsRoot = process.getuid?.() === 0;

/** A library in its own folder, then the folder made read-only (readable and searchable by all). */
function libraryInReadOnlyFolder(): { folder: string; path: string } {
  const dir = makeTempDir('notebook-readonly');
  chmodSync(dir, 0o755);
  const folder = join(dir, 'read-only case');
  mkdirSync(folder);
  const path = join(folder, 'library.sqlite');
  openLibrary(path).close();
  expect(sidecarFiles(path)).toEqual([]);
  chmodSync(path, 0o666); // the file itself is writable: only the folder is not
  chmodSync(folder, 0o555);
  onTestFinished(() => chmodSync(folder, 0o755));
  return { folder, path };
}

describe('a library in a folder that cannot be written', () => {
  it('is refused naming the folder and why, and left unchanged', async (ctx) => {
    if (process.platform === 'win32') ctx.skip('POSIX folder permissions');
    const { folder, path } = libraryInReadOnlyFolder();
    const before = fileSha256(path);
    let opener;
    try {
      opener = await startOpener(runningAsRoot ? NOBODY : undefined);
    } catch (error) {
      // Root that may not change user (a restricted container) cannot meet a read-only folder at all.
      if (runningAsRoot) ctx.skip(`running as root and cannot start a process as nobody (${(error as Error).message.split('\n')[0]})`);
      throw error;
    }
    onTestFinished(() => opener.stop());

    const answer = await opener.open(path);

    expect(answer.ok).toBe(false);
    expect(answer.problem).toBe('unwritable');
    expect(answer.message).toContain(`the folder ${folder} is read-only`);
    expect(answer.message).toMatch(/journal files \(library\.sqlite-wal and library\.sqlite-shm\) beside the library/);
    expect(answer.message).toMatch(/left unchanged/);
    expect(fileSha256(path)).toBe(before);
    expect(sidecarFiles(path)).toEqual([]);
  });
});
