// The folder walk of `import <folder>`: symbolic links are followed only inside the folder, no
// folder is visited twice (a link loop ends), and a link left out is reported in its place.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../electron/cli/commands/import';
import { filesToImport } from '../../../electron/cli/folder-files';
import { makeTempDir, openTempCore } from '../../helpers/temp-library';

function folderWithLinks(): { dir: string; folder: string; secret: string } {
  const dir = makeTempDir('folder-walk');
  const folder = join(dir, 'cases');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'a.txt'), 'First report\n\nThe convoy left at dawn.\n');
  writeFileSync(join(folder, 'sub', 'b.txt'), 'Second report\n\nThe bridge was closed.\n');
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'Outside the folder\n\nNever to be imported from it.\n');
  symlinkSync('.', join(folder, 'loop')); // cases/loop -> cases
  symlinkSync(secret, join(folder, 'leak.txt'));
  symlinkSync(dir, join(folder, 'up')); // a folder outside, holding the secret
  symlinkSync(join(folder, 'gone.txt'), join(folder, 'broken.txt'));
  symlinkSync('sub', join(folder, 'alias')); // inside: sub is walked once, under its first name
  return { dir, folder, secret };
}

describe('filesToImport', () => {
  it('follows links only inside the folder, visits each folder once, and reports the links left out', () => {
    const { folder, dir } = folderWithLinks();
    expect(filesToImport(folder)).toEqual([
      { path: join(folder, 'a.txt'), skipped: null },
      { path: join(folder, 'alias', 'b.txt'), skipped: null },
      { path: join(folder, 'broken.txt'), skipped: expect.stringMatching(/broken\.txt is a broken symbolic link .*, so it was skipped\.$/) },
      {
        path: join(folder, 'leak.txt'),
        skipped: expect.stringMatching(/leak\.txt is a symbolic link to .*secret\.txt, outside the folder being imported, so it was not followed/),
      },
      { path: join(folder, 'up'), skipped: expect.stringContaining(`is a symbolic link to ${dir}, outside the folder`) },
    ]);
  });

  it('ends on two links to the folder itself (a -> ., b -> .)', () => {
    const dir = makeTempDir('folder-loop');
    writeFileSync(join(dir, 'note.txt'), 'A note\n');
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    expect(filesToImport(dir)).toEqual([{ path: join(dir, 'note.txt'), skipped: null }]);
  });

  it('lists a file once when a link inside the folder also points to it, under the name met first', () => {
    const dir = makeTempDir('folder-file-link');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'report.txt'), 'A report\n');
    symlinkSync(join('sub', 'report.txt'), join(dir, 'a-link.txt')); // met before sub/report.txt
    symlinkSync(join('..', 'sub', 'report.txt'), join(dir, 'sub', 'z-link.txt')); // met after it
    expect(filesToImport(dir)).toEqual([{ path: join(dir, 'a-link.txt'), skipped: null }]);
  });

  it('gives a named file, even a link, as it is', () => {
    const { folder, secret } = folderWithLinks();
    expect(filesToImport(join(folder, 'leak.txt'))).toEqual([{ path: join(folder, 'leak.txt'), skipped: null }]);
    expect(filesToImport(secret)).toEqual([{ path: secret, skipped: null }]);
  });
});

describe('import <folder> with links', () => {
  it('imports the folder’s own files once and reports each link left out, in the one-object-per-file shape', async () => {
    const { folder } = folderWithLinks();
    const core = openTempCore();
    const reports = await importPaths(core, [folder]);
    expect(reports.map((report) => [report.path.slice(folder.length + 1), report.ok])).toEqual([
      ['a.txt', true],
      ['alias/b.txt', true],
      ['broken.txt', false],
      ['leak.txt', false],
      ['up', false],
    ]);
    for (const report of reports) expect(Object.keys(report)).toEqual(['path', 'ok', 'id', 'title', 'duplicateOf', 'nearDuplicateOf', 'error']);
    expect(reports.map((report) => report.title)).not.toContain('Outside the folder');
  });
});
