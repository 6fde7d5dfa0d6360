// Pasting hostile HTML into a note: form controls whose names clobber DOM properties (a form with an
// input named parentNode froze the page for 87 s in Lexical's DOM walk) arrive as their text, and
// the page keeps answering; no name or id reaches the note.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness } from '../helpers/e2e-app';

const harness = useAppHarness();

const emptyNote = {
  root: {
    type: 'root' as const,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
  },
};

/** Pastes `html` into the open note on the page's next task, so the call returns even if the paste hangs. */
async function pasteHtmlSoon(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(
    ([markup, text]) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      data.setData('text/plain', text);
      const editor = document.querySelector('[data-testid="note-editor"]')!;
      setTimeout(() => editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })));
    },
    [html, plain] as const,
  );
}

describe('pasting into a note', () => {
  it('takes HTML with clobbering form controls as their text, and the page stays responsive', async () => {
    const app = await harness.open();
    const { page } = app;
    const note = await app.rpc('notes.create', { title: 'Paste target', content: emptyNote });
    await page.evaluate(() => (window.location.hash = '#/notebook'));
    await page
      .getByTestId('note-row')
      .filter({ has: page.getByText('Paste target', { exact: true }) })
      .click();
    const editor = page.getByTestId('note-editor');
    await editor.click();

    await pasteHtmlSoon(page, '<form><input name=parentNode>123</form>', '123');
    await editor.getByText('123').waitFor({ timeout: 20_000 });
    await expect(page.evaluate(() => 'still answering')).resolves.toBe('still answering');

    // Other clobbering names and controls: visible text is kept, the controls and names are not.
    await pasteHtmlSoon(
      page,
      '<p id="firstChild">Before the form</p><form id="nodeName" name="childNodes"><input name="nextSibling" value="typed value">' +
        '<select name="nodeType"><option>first choice</option><option selected>chosen option</option></select>' +
        '<textarea name="ownerDocument">area text</textarea><button name="parentElement">Send it</button>' +
        '<img name="body" src="data:,"></form><p name="x">After the form</p>',
      'Before the form',
    );
    await editor.getByText('After the form').waitFor({ timeout: 20_000 });
    for (const visible of ['Before the form', 'typed value', 'chosen option', 'area text', 'Send it']) {
      await editor.getByText(visible, { exact: false }).waitFor();
    }
    expect(await editor.getByText('first choice').count()).toBe(0);
    expect(await editor.locator('form, input, select, textarea, button, [name]').count()).toBe(0);

    await page.keyboard.type(' typed after');
    await editor.getByText('typed after', { exact: false }).waitFor();
    await expect
      .poll(async () => JSON.stringify((await app.rpc('notes.get', { id: note.id })).content), { timeout: 15_000 })
      .toMatch(/123[\s\S]*After the form[\s\S]*typed after/u);
    const stored = JSON.stringify((await app.rpc('notes.get', { id: note.id })).content);
    expect(stored).not.toMatch(/parentNode|childNodes|nodeType|firstChild/u);
    await app.screenshots('notebook-paste-form');
    app.expectOnlyServedOrigin();
  });
});
