// "Import folder…" (an <input webkitdirectory>, filled by setInputFiles with a real temp folder):
// progress with counts, Cancel that keeps the files already done, and a summary of what went wrong.
// Files travel in small batches (clippings.importFiles), so a folder takes few calls.
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath } from '../helpers/artifacts';
import { failure } from '../../shared/errors';
import { PAGE_IMPORT_BATCH } from '../../shared/import-batches';
import { MAX_FILE_BYTES, requestTooLargeMessage } from '../../shared/limits';
import { distinctText, useAppHarness } from '../helpers/e2e-app';
import { makeTempDir } from '../helpers/temp-library';

const harness = useAppHarness();

/** The file names of every clippings.importFiles call the page makes, one list per call; fails on any clippings.importFile. */
function recordImportCalls(page: Page): string[][] {
  const calls: string[][] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/rpc/clippings.importFile')) calls.push(['(one file through clippings.importFile)']);
    if (!request.url().endsWith('/rpc/clippings.importFiles')) return;
    const input = request.postDataJSON() as { files: Array<{ fileName: string }> };
    calls.push(input.files.map((file) => file.fileName));
  });
  return calls;
}

/** A folder of `count` distinct text files, dispatch-000.txt onwards. */
function dispatchFolder(count: number): string {
  const folder = join(makeTempDir('notebook-folder'), 'dispatches');
  mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    writeFileSync(join(folder, `dispatch-${String(i).padStart(3, '0')}.txt`), `Dispatch number ${i}\n\n${distinctText(i)}\n`);
  }
  return folder;
}

describe('Import folder…', () => {
  it('imports a folder in batches with progress, and Cancel stops after the batch in flight, keeping the files done', async () => {
    const FILES = 300;
    const folder = dispatchFolder(FILES);
    const app = await harness.open();
    const { page } = app;
    const calls = recordImportCalls(page);
    await page.getByTestId('library-empty').waitFor();

    // The third call is held until Cancel has been pressed, so Cancel lands mid-run on any machine.
    let releaseThird = () => {};
    const thirdHeld = new Promise<void>((resolve) => (releaseThird = resolve));
    let importCalls = 0;
    await page.route('**/rpc/clippings.importFiles', async (route) => {
      if (++importCalls === 3) await thirdHeld;
      await route.fallback();
    });
    await page.getByTestId('import-folder-input').setInputFiles(folder);

    const progress = page.getByTestId('import-progress');
    // Progress moves a batch at a time: two batches are in while the third is held.
    await progress.getByText('Importing 21 of 300…').waitFor();
    await expect(progress.getAttribute('data-done')).resolves.toBe('20');
    await progress.getByText('dispatches/dispatch-020.txt').waitFor();
    await progress.getByText('and 9 more').waitFor();
    await page.screenshot({ path: artifactPath('folder-import-progress-light.png') });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    // Cancel says what it waits for: the batch in flight.
    await progress.getByRole('button', { name: 'Stopping after the 10 files in progress…' }).waitFor();
    await page.screenshot({ path: artifactPath('folder-import-stopping-light.png') });
    releaseThird();

    const summary = page.getByTestId('import-summary');
    await summary.getByText('Import cancelled after 30 of 300 files.').waitFor();
    const done = Number(await summary.getAttribute('data-done'));
    expect(done).toBe(30);
    // The batch read while the third was stored was never sent: it is not tried, like the rest.
    await summary.getByText(`${done} imported · ${FILES - done} not tried`).waitFor();
    // Everything done before Cancel is stored, and nothing else.
    await expect(app.rpc('library.info', {}).then((info) => info.clippingCount)).resolves.toBe(done);
    // 30 files took three calls of PAGE_IMPORT_BATCH.files each, in order.
    expect(calls.every((names) => names.length === PAGE_IMPORT_BATCH.files)).toBe(true);
    expect(calls.flat()).toEqual(Array.from({ length: done }, (_, i) => `dispatch-${String(i).padStart(3, '0')}.txt`));
    // The Library filled in as files arrived, and shows them all now.
    await page.getByTestId('list-summary').getByText(`${done} clippings`, { exact: true }).waitFor();
    await page.getByTestId('clipping-row').first().waitFor();
    await app.screenshots('folder-import-cancelled');
    app.expectOnlyServedOrigin();
  });

  it('imports 300 files in 30 calls, and a call that fails as a whole fails only its own files', async () => {
    const FILES = 300;
    const folder = dispatchFolder(FILES);
    const app = await harness.open();
    const { page } = app;
    const calls = recordImportCalls(page);
    await page.getByTestId('library-empty').waitFor();
    // The door refuses the second call as too large (as it would a body over MAX_REQUEST_BYTES),
    // and the fourth never reaches the notebook (the connection drops).
    let importCalls = 0;
    await page.route('**/rpc/clippings.importFiles', async (route) => {
      importCalls += 1;
      if (importCalls === 2)
        await route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify(failure('too_large', requestTooLargeMessage())) });
      else if (importCalls === 4) await route.abort('connectionreset');
      else await route.fallback();
    });
    await page.getByTestId('import-folder-input').setInputFiles(folder);

    const summary = page.getByTestId('import-summary');
    await summary.getByText('Imported 280 of 300 files.').waitFor();
    await summary.getByText('280 imported · 20 not imported').waitFor();
    expect(calls).toHaveLength(FILES / PAGE_IMPORT_BATCH.files);
    expect(calls.flat()).toEqual(Array.from({ length: FILES }, (_, i) => `dispatch-${String(i).padStart(3, '0')}.txt`));
    const details = summary.getByRole('list', { name: 'Files that need a look' });
    await expect(details.getByRole('listitem').count()).resolves.toBe(20);
    await details.getByRole('listitem').filter({ hasText: 'dispatches/dispatch-010.txt' }).getByText(requestTooLargeMessage()).waitFor();
    await details
      .getByRole('listitem')
      .filter({ hasText: 'dispatches/dispatch-039.txt' })
      .getByText(/The notebook is not answering/)
      .waitFor();
    await expect(app.rpc('library.info', {}).then((info) => info.clippingCount)).resolves.toBe(280);
    await app.screenshots('folder-import-failed-batches');
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
    const calls = recordImportCalls(page);
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
    // Neither the huge file nor the photo was sent: only the six others reached the core, in one call.
    expect(calls).toEqual([['a.txt', 'copy-of-a.txt', 'empty.txt', 'garbage.txt', 'b.md', 'c.html']]);
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
