// Paste into New clipping: plain text, and formatted text (HTML) from the clipboard, sent through a
// synthetic paste event whose DataTransfer carries text/html and text/plain as a browser's would.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

async function paste(target: Locator, data: { text: string; html?: string }): Promise<void> {
  await target.evaluate((element, { text, html }) => {
    const clipboard = new DataTransfer();
    if (html !== undefined) clipboard.setData('text/html', html);
    clipboard.setData('text/plain', text);
    (element as HTMLElement).focus();
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, data);
}

const PLAIN = [
  'Militia convoy reported on the Deir ez-Zor road',
  '',
  'Residents counted some forty vehicles moving east before dawn on Thursday, according to two local monitors.',
  '',
  'The monitors said the convoy stopped briefly at the checkpoint outside the town before continuing toward the border crossing.',
].join('\n');

const ARTICLE_TEXT = [
  'Delegations from both sides met in Geneva on Monday for the first time in four months, officials said, after weeks of shuttle diplomacy by the envoy and his staff.',
  'The talks are expected to last three days. A spokesperson described the atmosphere as businesslike and said the agenda covered prisoner exchanges, humanitarian corridors and the monitoring of the ceasefire line.',
  'Observers cautioned that previous rounds had broken down over the sequencing of withdrawals, and that neither side had yet published its proposals in writing.',
];

const HTML = `<html><head><title>Ceasefire talks resume in Geneva</title></head><body>
<nav><a href="https://news.example/">Home</a> | <a href="https://news.example/world">World</a></nav>
<article>
  <h1>Ceasefire talks resume in Geneva</h1>
  <p>${ARTICLE_TEXT[0]} The <a href="https://news.example/report.pdf">envoy's report</a> was circulated beforehand.</p>
  <p>${ARTICLE_TEXT[1]}</p>
  <img src="https://tracker.example/pixel.gif" alt="">
  <p>${ARTICLE_TEXT[2]}</p>
  <script>window.__pastedScriptRan = true;</script>
  <img src="x" onerror="window.__pastedScriptRan = true">
</article>
</body></html>`;

describe('paste into New clipping', () => {
  it('pastes plain text, lists it, and reports a second paste of it as already in the library', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    const text = dialog.getByLabel('Text');
    await paste(text, { text: PLAIN });
    await expect(text.inputValue()).resolves.toBe(PLAIN);
    await expect(dialog.getByTestId('paste-kind-html').count()).resolves.toBe(0);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText('Saved “Militia convoy reported on the Deir ez-Zor road”.').waitFor();
    await page.getByTestId('clipping-row').filter({ hasText: 'Militia convoy reported on the Deir ez-Zor road' }).waitFor();

    // The same text again is an exact duplicate: not stored twice, and the notice says where it is.
    await page
      .getByRole('button', { name: /New clipping/ })
      .first()
      .click();
    await paste(dialog.getByLabel('Text'), { text: PLAIN });
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Already in the library as “Militia convoy reported on the Deir ez-Zor road”' });
    await notice.waitFor();
    await expect(page.getByTestId('clipping-row').count()).resolves.toBe(1);
    await notice.getByRole('button', { name: 'Open it' }).click();
    await page.getByTestId('reader-text').getByText('Residents counted some forty vehicles').waitFor();
    app.expectOnlyServedOrigin();
  });

  it('pastes formatted text: the Reader shows the cleaned article, links as inert text, and nothing runs or loads', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await paste(dialog.getByLabel('Text'), { text: `Ceasefire talks resume in Geneva\n\n${ARTICLE_TEXT.join('\n\n')}`, html: HTML });
    await dialog.getByTestId('paste-kind-html').getByText('Formatted text (HTML)').waitFor();
    await app.screenshots('paste-html-dialog');
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('clipping-row').filter({ hasText: 'Ceasefire talks resume in Geneva' });
    await row.dblclick();
    const body = page.getByTestId('reader-text');
    await body.getByText('Delegations from both sides met in Geneva').waitFor();
    await body.getByText('neither side had yet published its proposals').waitFor();
    // The link is text that shows its address, not something to follow.
    const link = body.locator('.inert-link').first();
    await expect(link.getAttribute('data-url')).resolves.toBe('https://news.example/report.pdf');
    await expect(link.evaluate((el) => getComputedStyle(el, '::after').content)).resolves.toContain('https://news.example/report.pdf');
    await expect(body.locator('a[href], [src^="http"], script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pastedScriptRan?: boolean }).__pastedScriptRan)).resolves.toBeUndefined();
    await app.screenshots('paste-html-reader');
    app.expectOnlyServedOrigin();
  });

  it('says so when HTML cannot be imported safely here, and saves the plain text instead', async () => {
    const app = await harness.open();
    const { page } = app;
    // The core reports DOMPurify unusable (as it would on a broken install): rewrite its answer.
    const reason = 'The HTML sanitiser does not work in this installation.';
    await page.route('**/rpc/library.info', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
      body.value.htmlImport = { available: false, reason };
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New clipping' });
    await paste(dialog.getByLabel('Text'), { text: `Ceasefire talks resume in Geneva\n\n${ARTICLE_TEXT.join('\n\n')}`, html: HTML });
    await dialog
      .getByRole('alert')
      .getByText(`Formatted text (HTML) cannot be imported safely here: ${reason} The plain text will be saved instead.`)
      .waitFor();
    await app.screenshots('paste-html-unavailable');
    await dialog.getByRole('button', { name: 'Save clipping' }).click();
    await page.getByTestId('clipping-row').filter({ hasText: 'Ceasefire talks resume in Geneva' }).dblclick();
    await page.getByTestId('reader-text').getByText('Observers cautioned that previous rounds').waitFor();
    const [stored] = (await app.rpc('clippings.list', {})).items;
    await expect(app.rpc('clippings.get', { id: stored!.id }).then((c) => c.html)).resolves.toBeNull();

    // An .html file is refused before it is sent, with the same reason.
    await page.getByTestId('import-input').setInputFiles([{ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(HTML) }]);
    await page.getByTestId('import-summary').getByText(`HTML cannot be imported safely here: ${reason}`).waitFor();
    expect(app.requests.filter((url) => /\/rpc\/clippings\.importFiles?$/.test(url))).toEqual([]);
    app.expectOnlyServedOrigin();
  });
});
