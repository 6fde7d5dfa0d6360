// The skeleton through the UI in Chromium against browser mode: the six places with their empty
// states, a pasted clipping in the Library and the Reader, and the same clipping after a restart.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MAX_PASTE_BYTES } from '../../shared/limits';
import { artifactPath } from '../helpers/artifacts';
import { makeTempDir } from '../helpers/temp-library';
import type { ServingProcess } from '../helpers/cli-process';
import { articleText, articleWords } from '../helpers/articles';
import { expectOnlyOrigin, useAppHarness } from '../helpers/e2e-app';

const app = useAppHarness();
const serve = (libraryPath: string) => app.serve(libraryPath);
/** A page on the server that records every request it makes. */
const openPage = (server: ServingProcess, colorScheme: 'light' | 'dark' = 'light') => app.openPage(server, { colorScheme });

describe('app shell in browser mode', () => {
  it('shows the six places, each with an empty state that offers the first action', async () => {
    const library = join(makeTempDir('notebook-e2e'), 'library.sqlite');
    const server = await serve(library);
    const { page, requests } = await openPage(server);

    const nav = page.getByRole('navigation', { name: 'Places' });
    for (const label of ['Library', 'Reader', 'Entities', 'Timeline', 'Notebook']) {
      await expect(nav.getByRole('button', { name: label }).isVisible()).resolves.toBe(true);
    }
    await page.getByText('No clippings yet — paste text or import files').waitFor();
    await expect(
      page
        .getByTestId('library-empty')
        .getByRole('button', { name: /New clipping/ })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page
        .getByTestId('library-empty')
        .getByRole('button', { name: /Import files/ })
        .isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: artifactPath('shell-library-empty.png') });

    const places = [
      { key: '2', testId: 'reader-empty', heading: 'No clipping open — choose one in the Library' },
      { key: '3', testId: 'passages-empty', heading: 'No passages yet' },
      { key: '4', testId: 'entities-empty', heading: 'No entity cards yet' },
      { key: '5', testId: 'timeline-empty', heading: 'No events yet' },
      { key: '6', testId: 'notebook-empty', heading: 'No notes yet' },
    ];
    for (const place of places) {
      await page.keyboard.press(place.key);
      const empty = page.getByTestId(place.testId);
      await empty.waitFor();
      await expect(empty.getByRole('heading').textContent()).resolves.toContain(place.heading);
      // The first action leads somewhere real: back to the Library.
      await empty.getByRole('button').click();
      await page.getByTestId('library-empty').waitFor();
    }
    await page.keyboard.press('4');
    await page.getByTestId('entities-empty').waitFor();
    await page.screenshot({ path: artifactPath('shell-entities-empty.png') });
    expectOnlyOrigin(requests, server.origin);
  });

  it('pastes a clipping, lists it, reads it, and finds it again after a restart', async () => {
    const library = join(makeTempDir('notebook-e2e'), 'library.sqlite');
    const first = await serve(library);
    const { page, requests } = await openPage(first);
    await page.getByTestId('library-empty').waitFor();

    // Keyboard first: N opens "New clipping".
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await dialog.waitFor();
    // An empty clipping is refused with a message, and nothing is stored.
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    await dialog.getByRole('alert').getByText('The clipping is empty').waitFor();

    const text =
      'Militants pledge allegiance in Albu Kamal\n\nFighters in the border town announced their pledge on Tuesday, residents said.\n\nThe statement was read aloud at the main mosque.';
    await dialog.getByLabel('Text').fill(text);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('clipping-row').filter({ hasText: 'Militants pledge allegiance in Albu Kamal' });
    await row.waitFor();
    await page.getByText('1 clipping', { exact: true }).first().waitFor();
    await page.screenshot({ path: artifactPath('shell-library-one.png') });

    // A click selects; a double click (or Enter) opens the Reader.
    await row.dblclick();
    const reader = page.getByTestId('reader-text');
    await reader.getByText('The statement was read aloud at the main mosque.').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Militants pledge allegiance in Albu Kamal');
    await page.screenshot({ path: artifactPath('shell-reader.png') });
    expectOnlyOrigin(requests, first.origin);

    // Stop the app and start it again on the same library file.
    await app.stop(first);
    const second = await serve(library);
    expect(second.url).not.toBe(first.url);
    const again = await openPage(second);
    const rowAgain = again.page.getByTestId('clipping-row').filter({ hasText: 'Militants pledge allegiance in Albu Kamal' });
    await rowAgain.waitFor();
    // Keyboard first: the list has the focus; ↓ goes to the first row, Enter opens it.
    await again.page.getByTestId('clipping-grid').focus();
    await again.page.keyboard.press('ArrowDown');
    await again.page.keyboard.press('Enter');
    await again.page.getByTestId('reader-text').getByText('Fighters in the border town').waitFor();
    expectOnlyOrigin(again.requests, second.origin);
  });

  it('imports picked files with Import files…, and names the ones it refused', async () => {
    const dir = makeTempDir('notebook-e2e');
    const server = await serve(join(dir, 'library.sqlite'));
    const { page } = await openPage(server);
    // Playwright turns file-chooser interception on and off as listeners come and go, without
    // waiting; one listener for the whole test keeps it on, so a key press cannot beat it.
    page.on('filechooser', () => {});
    await page.getByTestId('library-empty').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByTestId('library-empty')
      .getByRole('button', { name: /Import files/ })
      .click();
    await (
      await chooser
    ).setFiles([
      { name: 'dispatch.md', mimeType: 'text/markdown', buffer: Buffer.from('Convoy sighted near the river\n\nTwelve trucks, heading east.\n') },
      { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    ]);
    const summary = page.getByTestId('import-summary');
    await summary.getByRole('alert').getByText('Imported 1 of 2 files.').waitFor();
    await summary.getByText('image.txt is not a text file').waitFor();
    await page.getByTestId('clipping-row').filter({ hasText: 'Convoy sighted near the river' }).waitFor();
    await page.screenshot({ path: artifactPath('shell-import-files.png') });

    // Keyboard first: Ctrl+O opens the same file chooser from anywhere.
    await page.keyboard.press('4');
    await page.getByTestId('entities-empty').waitFor();
    const again = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+o');
    await expect((await again).isMultiple()).toBe(true);
  });

  it('refuses a paste over the limit before sending it, and says why', async () => {
    const library = join(makeTempDir('notebook-e2e'), 'library.sqlite');
    const server = await serve(library);
    const { page } = await openPage(server);
    await page
      .getByTestId('library-empty')
      .getByRole('button', { name: /New clipping/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await dialog.waitFor();
    const big = 'x'.repeat(MAX_PASTE_BYTES + 1);
    await dialog.getByLabel('Text').evaluate((element, value) => {
      const textarea = element as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, value);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    await dialog.getByText('too large to paste; import it as a file instead').waitFor();
    await expect(dialog.getByRole('button', { name: 'Save clipping' }).isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('library-empty').waitFor();
  });

  it('follows the system theme, and the theme picker overrides it', async () => {
    const library = join(makeTempDir('notebook-e2e'), 'library.sqlite');
    const server = await serve(library);
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const LIGHT = 'rgb(251, 250, 248)';
    const DARK = 'rgb(28, 29, 31)';

    const light = await openPage(server, 'light');
    await light.page.getByTestId('library-empty').waitFor();
    await expect(background(light.page)).resolves.toBe(LIGHT);
    await light.page.getByLabel('Theme').selectOption('dark');
    await expect(background(light.page)).resolves.toBe(DARK);
    await light.page.screenshot({ path: artifactPath('shell-dark.png') });

    const dark = await openPage(server, 'dark');
    await dark.page.getByTestId('library-empty').waitFor();
    await expect(background(dark.page)).resolves.toBe(DARK);
    await dark.page.getByLabel('Theme').selectOption('light');
    await expect(background(dark.page)).resolves.toBe(LIGHT);
  });

  it('keeps the clipping open in the Reader, and where it was scrolled, while the analyst visits another place', async () => {
    const opened = await app.open();
    const { page } = opened;
    const long = `A long dispatch\n\n${articleText(articleWords(7, 2400))}`;
    const { clipping } = await opened.rpc('clippings.create', { text: long });
    await page.evaluate((id) => (window.location.hash = `#/reader/${id}`), clipping!.id);
    const place = page.locator('main.place');
    await page.getByRole('heading', { level: 1, name: 'A long dispatch' }).waitFor();
    await place.evaluate((main) => main.scrollTo(0, 1500));
    await expect.poll(() => place.evaluate((main) => main.scrollTop)).toBe(1500);

    // By key and by the places list: the same clipping, at the same place in its text.
    await page.keyboard.press('6');
    await page.getByTestId('notebook-empty').waitFor();
    await page.keyboard.press('2');
    await page.getByRole('heading', { level: 1, name: 'A long dispatch' }).waitFor();
    await expect.poll(() => place.evaluate((main) => main.scrollTop)).toBe(1500);
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /Timeline/ })
      .click();
    await page.getByTestId('timeline-empty').waitFor();
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /Reader/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'A long dispatch' }).waitFor();
    await expect.poll(() => place.evaluate((main) => main.scrollTop)).toBe(1500);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/reader/${clipping!.id}`);
  });
});
