// "Import folder…" (an <input webkitdirectory>, filled by setInputFiles with a real temp folder):
// progress with counts, Cancel that keeps the files already done, and a summary of what went wrong.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath } from '../helpers/artifacts';
import { MAX_FILE_BYTES } from '../../shared/limits';
import { distinctText, useAppHarness } from '../helpers/e2e-app';
import { makeTempDir } from '../helpers/temp-library';

const harness = useAppHarness();

describe('Import folder…', () => {
  it('imports a folder with progress, and Cancel stops after the current file, keeping the files done', async () => {
    const folder = join(makeTempDir('notebook-folder'), 'dispatches');
    mkdirSync(folder);
    const FILES = 300;
    for (let i = 0; i < FILES; i++) {
      writeFileSync(join(folder, `dispatch-${String(i).padStart(3, '0')}.txt`), `Dispatch number ${i}\n\n${distinctText(i)}\n`);
    }
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.getByTestId('import-folder-input').setInputFiles(folder);

    const progress = page.getByTestId('import-progress');
    await progress.getByText(/^Importing \d+ of 300…$/).waitFor();
    await page.screenshot({ path: artifactPath('folder-import-progress-light.png') });
    // Cancel as soon as a few files are in, so it lands mid-run however fast the machine is.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-done')) >= 10);
    await progress.getByRole('button', { name: 'Cancel' }).click();

    const summary = page.getByTestId('import-summary');
    await summary.getByText(/^Import cancelled after \d+ of 300 files\.$/).waitFor();
    const done = Number(await summary.getAttribute('data-done'));
    expect(done).toBeGreaterThanOrEqual(10);
    expect(done).toBeLessThan(FILES);
    await summary.getByText(`${done} imported · ${FILES - done} not tried`).waitFor();
    // Everything done before Cancel is stored, and nothing else.
    await expect(app.rpc('library.info', {}).then((info) => info.clippingCount)).resolves.toBe(done);
    // The Library filled in as files arrived, and shows them all now.
    await page.getByTestId('list-summary').getByText(`${done} clippings`, { exact: true }).waitFor();
    await page.getByTestId('clipping-row').first().waitFor();
    await app.screenshots('folder-import-cancelled');
    app.expectOnlyServedOrigin();
  });

  it('imports nested folders and lists per-file errors and duplicates in a summary the user dismisses', async () => {
    const folder = join(makeTempDir('notebook-folder'), 'reports');
    mkdirSync(join(folder, 'sub', 'deeper'), { recursive: true });
    const report = `Checkpoint log for the eastern district\n\n${distinctText(1)}\n`;
    writeFileSync(join(folder, 'a.txt'), report);
    writeFileSync(join(folder, 'copy-of-a.txt'), report);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'garbage.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(folder, '.DS_Store'), 'hidden');
    // Over the limit: refused in the page, before its bytes are read or sent (sparse, so cheap to make).
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), MAX_FILE_BYTES + 1);
    writeFileSync(join(folder, 'sub', 'b.md'), `# Minutes of the council meeting\n\n${distinctText(2)}\n`);
    writeFileSync(
      join(folder, 'sub', 'deeper', 'c.html'),
      `<html><head><title>Water shortages spread to the south</title></head><body><article><h1>Water shortages spread to the south</h1><p>${distinctText(3, 120)}</p><p>${distinctText(4, 120)}</p></article></body></html>`,
    );

    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.getByRole('button', { name: 'Import folder…' }).first().waitFor();
    await page.getByTestId('import-folder-input').setInputFiles(folder);

    const summary = page.getByTestId('import-summary');
    // The hidden .DS_Store is not counted; the other eight are.
    await summary.getByText('Imported 3 of 8 files.').waitFor();
    await summary.getByText('3 imported · 1 already in the library · 4 not imported').waitFor();
    const details = summary.getByRole('list', { name: 'Files that need a look' });
    await details
      .getByRole('listitem')
      .filter({ hasText: 'reports/copy-of-a.txt' })
      .getByText('already in the library as “Checkpoint log for the eastern district”')
      .waitFor();
    for (const name of ['reports/empty.txt', 'reports/garbage.txt', 'reports/photo.jpg']) {
      await details.getByRole('listitem').filter({ hasText: name }).waitFor();
    }
    await details.getByRole('listitem').filter({ hasText: 'reports/huge.txt' }).getByText('a file may be at most 32 MiB (MAX_FILE_BYTES)').waitFor();
    await expect(details.getByRole('listitem').count()).resolves.toBe(5);
    // Neither the huge file nor the photo was sent: only the six others reached the core.
    expect(app.requests.filter((url) => url.endsWith('/rpc/clippings.importFile'))).toHaveLength(6);
    await page.getByTestId('clipping-row').filter({ hasText: 'Water shortages spread to the south' }).waitFor();
    await page.getByTestId('clipping-row').filter({ hasText: 'Minutes of the council meeting' }).waitFor();
    await expect(app.rpc('library.info', {}).then((info) => info.clippingCount)).resolves.toBe(3);
    await app.screenshots('folder-import-summary');

    // The duplicate's line opens the clipping it repeats.
    await details.getByRole('button', { name: '“Checkpoint log for the eastern district”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkpoint log for the eastern district' }).waitFor();
    await summary.getByRole('button', { name: 'Dismiss import summary' }).click();
    await summary.waitFor({ state: 'detached' });
    app.expectOnlyServedOrigin();
  });
});
