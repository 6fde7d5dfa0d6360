// The Notebook's editor through the UI: a new note written with Markdown shortcuts and the toolbar,
// a table, Find in note, undo/redo, autosave reaching the core and surviving a reload; two pages on
// one note (the stale one is told and both texts survive); history viewed and restored; a 5 MB paste
// that leaves the page responsive, and pasted HTML whose scripts never run.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';

const harness = useAppHarness();

/** The note's stored content as JSON text, once it satisfies `expected` (autosave is asynchronous). */
async function savedJson(app: AppPage, noteId: string, expected: (json: string) => boolean): Promise<string> {
  let json = '';
  await expect
    .poll(
      async () => {
        json = JSON.stringify((await app.rpc('notes.get', { id: noteId })).content);
        return expected(json);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return json;
}

async function openNotebook(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/notebook'));
}

async function openNote(page: Page, title: string): Promise<void> {
  await openNotebook(page);
  await page
    .getByTestId('note-row')
    .filter({ has: page.getByText(title, { exact: true }) })
    .click();
  await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
  await page.getByTestId('note-editor').waitFor();
}

/** A paragraph of plain Lexical JSON, for seeding notes. */
function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root' as const,
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: texts.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
      })),
    },
  };
}

describe('Notebook editor', () => {
  it('writes a note with Markdown shortcuts and the toolbar, finds in it, undoes, and autosaves what a reload shows', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await page.keyboard.press('6');
    await page.getByTestId('notebook-empty').waitFor();
    await app.screenshots('notebook-empty');
    await page.getByRole('button', { name: 'New note' }).click();
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    const [summary] = (await app.rpc('notes.list', {})).items;
    const noteId = summary!.id;

    await page.getByLabel('Title', { exact: true }).fill('Convoy briefing');
    await editor.click();
    await page.keyboard.type('# Situation');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The convoy **reached** the district at dawn.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Twelve trucks');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Two checkpoints');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> Residents saw the convoy pass.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[ ] Confirm the route');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. First source');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('*loose* and ~~struck~~ and `code`');
    await page.keyboard.press('Enter');

    await editor.locator('h1').getByText('Situation').waitFor();
    await editor.locator('strong, .nb-bold').getByText('reached').waitFor();
    await editor.locator('ul li').getByText('Two checkpoints').waitFor();
    await editor.locator('blockquote').getByText('Residents saw the convoy pass.').waitFor();
    await editor.locator('li[role="checkbox"], li.nb-li-unchecked').getByText('Confirm the route').waitFor();
    await editor.locator('ol li').getByText('First source').waitFor();
    await editor.locator('.nb-italic').getByText('loose').waitFor();
    await editor.locator('.nb-strike').getByText('struck').waitFor();
    await editor.locator('code, .nb-code').getByText('code').waitFor();

    // The toolbar: a heading by the block menu, bold by the button (pressed while the caret is in it).
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await page.keyboard.type('Assessment');
    await toolbar.getByLabel('Block type').selectOption('h2');
    await editor.locator('h2').getByText('Assessment').waitFor();
    await editor.locator('h2').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Likely');
    await page.keyboard.press('Shift+Home');
    await toolbar.getByRole('button', { name: 'Bold' }).click();
    await expect.poll(() => toolbar.getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('End');
    await toolbar.getByRole('button', { name: 'Insert horizontal rule' }).click();
    await editor.locator('hr').waitFor();
    await toolbar.getByRole('button', { name: 'Insert table' }).click();
    await editor.locator('table').waitFor();
    await expect(editor.locator('table tr').count()).resolves.toBe(3);
    await page.keyboard.type('Outlet');

    // Autosave reaches the core: headings, formats, lists, quote, table and the title.
    const json = await savedJson(app, noteId, (j) => j.includes('"Outlet"') && j.includes('Likely'));
    expect(json).toContain('"tag":"h1"');
    expect(json).toContain('"tag":"h2"');
    expect(json).toContain('"type":"quote"');
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"listType":"check"');
    expect(json).toContain('"listType":"number"');
    expect(json).toContain('"type":"table"');
    expect(json).toContain('"type":"horizontalrule"');
    expect(json).toMatch(/"format":1,[^}]*"text":"reached"/);
    await expect.poll(async () => (await app.rpc('notes.get', { id: noteId })).title).toBe('Convoy briefing');
    await page.getByTestId('note-save-status').getByText('Saved').waitFor();
    await page.getByTestId('note-row').filter({ hasText: 'Convoy briefing' }).waitFor();
    await app.screenshots('notebook-editor');

    // Undo and redo, by keys and by the toolbar.
    await page.keyboard.type(' cell');
    await editor.locator('table').getByText('Outlet cell').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.locator('table').textContent()).not.toContain('Outlet cell');
    await page.keyboard.press('Control+y');
    await editor.locator('table').getByText('Outlet cell').waitFor();
    await toolbar.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editor.locator('table').textContent()).not.toContain('Outlet cell');
    await page.keyboard.press('Control+Shift+z');
    await editor.locator('table').getByText('Outlet cell').waitFor();

    // Find in note: Ctrl+F in the editor, a count, Enter/Shift+Enter, painted hits, Esc closes.
    await editor.locator('h1').click();
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('find-in-note');
    await find.getByLabel('Find in note').fill('convoy');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('1 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('2 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('1 of 2');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('2 of 2');
    await expect(page.evaluate(() => [CSS.highlights.get('nb-find')?.size, CSS.highlights.get('nb-find-current')?.size])).resolves.toEqual([2, 1]);
    await app.screenshots('notebook-find');
    await find.getByLabel('Find in note').fill('no such words');
    await expect.poll(() => find.getByTestId('find-count').textContent()).toBe('No matches');
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => CSS.highlights.has('nb-find'))).resolves.toBe(false);

    // A link: the small editor refuses a script address; a click on the link never navigates.
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    const linkEditor = page.getByTestId('link-editor');
    await linkEditor.getByLabel('Link').fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await linkEditor.getByRole('alert').waitFor();
    await linkEditor.getByLabel('Link').fill('news.example/convoy');
    await page.keyboard.press('Enter');
    const link = editor.locator('h1 a');
    await expect.poll(() => link.getAttribute('href')).toBe('https://news.example/convoy');
    // The caret inside the link's text: the toolbar shows the link.
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => toolbar.getByRole('button', { name: 'Link' }).getAttribute('aria-pressed')).toBe('true');
    const before = page.url();
    await link.click({ modifiers: ['Control'] });
    await link.click();
    expect(page.url()).toBe(before);
    expect(page.context().pages()).toHaveLength(1);
    await savedJson(app, noteId, (j) => j.includes('https://news.example/convoy'));

    // A reload shows the stored note, and opening it saves nothing.
    const { revision } = await app.rpc('notes.get', { id: noteId });
    await page.reload();
    await editor.locator('h1').getByText('Situation').waitFor();
    await editor.locator('table').getByText('Outlet cell').waitFor();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Convoy briefing');
    await expect((await app.rpc('notes.get', { id: noteId })).revision).toBe(revision);
    await expectNoSeriousAxeFindings(page, 'the Notebook');
    app.expectOnlyServedOrigin();
  });

  it('files, tags, finds, sorts and deletes notes from the list', async () => {
    const app = await harness.open();
    const { page } = app;
    await app.rpc('notes.create', { title: 'Bridge crossings', folder: 'Syria/2014', tags: ['logistics'], content: paragraphs('Bridges.') });
    await app.rpc('notes.create', { title: 'Aid deliveries', content: paragraphs('Aid.') });
    await openNote(page, 'Aid deliveries');
    const rows = page.getByTestId('note-row');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Aid deliveries'), expect.stringContaining('Bridge crossings')]);

    // Filed and tagged from the open note: notes.update, so the editor's revision is untouched.
    const pane = page.getByTestId('note-pane');
    await pane.getByLabel('Folder', { exact: true }).fill('Syria/2014');
    await page.keyboard.press('Enter');
    await pane.getByLabel('Tags', { exact: true }).fill('aid, convoys');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove tag convoys' }).waitFor();
    await expect
      .poll(async () => (await app.rpc('notes.get', { id: (await app.rpc('notes.list', { query: 'aid' })).items[0]!.id })).tags)
      .toEqual(['aid', 'convoys']);
    const list = page.getByRole('navigation', { name: 'Notes' });
    await list.getByLabel('Tag').selectOption('convoys');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Aid deliveries')]);
    await list.getByLabel('Tag').selectOption('');
    await list.getByLabel('Folder').selectOption('Syria/2014');
    await expect.poll(() => rows.count()).toBe(2);
    await list.getByLabel('Sort notes').selectOption('title');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Aid deliveries'), expect.stringContaining('Bridge crossings')]);
    await list.getByLabel('Find notes by title').fill('bridge');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Bridge crossings')]);
    await list.getByLabel('Find notes by title').fill('');

    // Renamed by its title; the list follows.
    await page.getByLabel('Title', { exact: true }).fill('Aid deliveries, July');
    await rows.filter({ hasText: 'Aid deliveries, July' }).waitFor();
    await app.screenshots('notebook-list');

    // Switching notes right after typing still stores what was typed (the switch flushes the autosave).
    const aid = (await app.rpc('notes.list', { query: 'aid' })).items[0]!;
    await page.getByTestId('note-editor').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed just before switching.');
    await rows.filter({ hasText: 'Bridge crossings' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Bridge crossings');
    await savedJson(app, aid.id, (j) => j.includes('Typed just before switching.'));
    await rows.filter({ hasText: 'Aid deliveries, July' }).click();
    await page.getByTestId('note-editor').getByText('Typed just before switching.', { exact: false }).waitFor();

    // Deleted after a confirmation.
    await pane.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByTestId('delete-note-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete note' }).click();
    await page.getByTestId('note-none-open').waitFor();
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Bridge crossings')]);
    await expect(app.rpc('notes.list', {})).resolves.toMatchObject({ total: 1 });
  });

  it('two pages on one note: the stale one is told, and neither text is lost', async () => {
    const app = await harness.open();
    const note = await app.rpc('notes.create', { title: 'Shared note', content: paragraphs('Opening line.') });
    const first = app;
    const second = await harness.openPage(app.server);
    await openNote(first.page, 'Shared note');
    await openNote(second.page, 'Shared note');

    const firstEditor = first.page.getByTestId('note-editor');
    await firstEditor.click();
    await first.page.keyboard.press('Control+End');
    await first.page.keyboard.type(' Written in the first tab.');
    await savedJson(app, note.id, (j) => j.includes('Written in the first tab.'));

    const secondEditor = second.page.getByTestId('note-editor');
    await secondEditor.click();
    await second.page.keyboard.press('Control+End');
    await second.page.keyboard.type(' Written in the second tab.');
    const banner = second.page.getByTestId('note-conflict');
    await banner.waitFor();
    await second.page.getByTestId('note-save-status').getByText('Not saved — changed elsewhere').waitFor();
    await second.screenshots('notebook-conflict');
    // The other tab's text was not overwritten, and this tab still shows its own.
    const stored = JSON.stringify((await app.rpc('notes.get', { id: note.id })).content);
    expect(stored).toContain('Written in the first tab.');
    expect(stored).not.toContain('Written in the second tab.');
    await secondEditor.getByText('Written in the second tab.', { exact: false }).waitFor();

    // Keep mine as a new note: the second tab's text becomes its own note; the original is untouched.
    await banner.getByRole('button', { name: 'Keep mine as a new note' }).click();
    await expect.poll(() => second.page.getByLabel('Title', { exact: true }).inputValue()).toBe('Shared note (my version)');
    const mine = (await app.rpc('notes.list', { query: 'my version' })).items[0]!;
    await savedJson(app, mine.id, (j) => j.includes('Written in the second tab.'));
    expect(JSON.stringify((await app.rpc('notes.get', { id: note.id })).content)).toContain('Written in the first tab.');

    // Stale again, and this time the newer version is loaded in place of this tab's change.
    await openNote(second.page, 'Shared note');
    await first.page.keyboard.type(' More from the first.');
    await savedJson(app, note.id, (j) => j.includes('More from the first.'));
    await secondEditor.click();
    await second.page.keyboard.press('Control+End');
    await second.page.keyboard.type(' Doomed edit.');
    await banner.getByRole('button', { name: 'Load the newer version' }).click();
    await banner.waitFor({ state: 'detached' });
    await secondEditor.getByText('More from the first.', { exact: false }).waitFor();
    await second.page.getByTestId('note-save-status').getByText('Saved').waitFor();
    expect(JSON.stringify((await app.rpc('notes.get', { id: note.id })).content)).not.toContain('Doomed edit.');
  });

  it('views an older version read-only and restores it', async () => {
    const app = await harness.open();
    const { page } = app;
    const note = await app.rpc('notes.create', { title: 'Casualty figures', content: paragraphs('Early count: 12 killed.') });
    await openNote(page, 'Casualty figures');
    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Revised count: 15 killed, 30 wounded.');
    await savedJson(app, note.id, (j) => j.includes('Revised count') && !j.includes('Early count'));

    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByTestId('note-history');
    const items = history.getByTestId('history-item');
    await items.first().waitFor();
    await items.last().click();
    const snapshot = history.getByTestId('snapshot-view');
    await snapshot.getByText('Early count: 12 killed.').waitFor();
    await expect(snapshot.getAttribute('contenteditable')).resolves.toBe('false');
    await app.screenshots('notebook-history');

    await history.getByRole('button', { name: 'Restore this version' }).click();
    await history.waitFor({ state: 'detached' });
    await editor.getByText('Early count: 12 killed.').waitFor();
    await savedJson(app, note.id, (j) => j.includes('Early count') && !j.includes('Revised count'));
    // The restore is itself in the history: the revised text can be had back.
    const states = await app.rpc('notes.history', { id: note.id });
    const texts = await Promise.all(states.map(async (s) => JSON.stringify((await app.rpc('notes.snapshot', { id: note.id, revision: s.revision })).content)));
    expect(texts.some((t) => t.includes('Revised count'))).toBe(true);

    // The restored note takes edits at its new revision (no conflict).
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Checked again.');
    await savedJson(app, note.id, (j) => j.includes('Checked again.'));
    await expect(page.getByTestId('note-conflict').count()).resolves.toBe(0);
  });

  it('takes a 5 MB paste and stays responsive; pasted HTML runs no script', async () => {
    const app = await harness.open();
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const note = await app.rpc('notes.create', { title: 'Paste target', content: paragraphs('Start.') });
    await openNote(page, 'Paste target');
    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.press('Control+End');

    // HTML with scripts, handlers and a script link: the text arrives, nothing runs or loads.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p>Safe pasted text</p><script>window.__pwned = 1; fetch("/pwned-script")</script>' +
          '<img src="/pwned-image.png" onerror="window.__pwned = 2; alert(1)"><p onclick="alert(2)">Second line</p>' +
          '<a href="javascript:alert(3)">bad link</a><iframe src="/pwned-frame"></iframe>',
      );
      data.setData('text/plain', 'Safe pasted text');
      document
        .querySelector('[data-testid="note-editor"]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await editor.getByText('Safe pasted text').waitFor();
    await editor.getByText('Second line').waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await editor.locator('script, img, iframe, [onerror], [onclick]').count()).toBe(0);
    expect(await editor.locator('a[href^="javascript"]').count()).toBe(0);
    await savedJson(app, note.id, (j) => j.includes('Second line'));
    expect(app.requests.filter((url) => url.includes('pwned'))).toEqual([]);
    expect(dialogs).toEqual([]);

    // 5 MB of plain text in paragraphs: pasted as text, the page answers, typing goes on, it is saved.
    const chars = await page.evaluate(() => {
      const paragraph = 'Witnesses described the convoy route through the eastern district in detail. '.repeat(6).trim();
      const text = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (paragraph.length + 2)) }, (_, i) => `${i} ${paragraph}`).join('\n\n');
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document
        .querySelector('[data-testid="note-editor"]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return text.length;
    });
    expect(chars).toBeGreaterThan(5 * 1024 * 1024);
    await page.getByText(/Pasted [\d,]+ characters as plain text/).waitFor();
    await expect(page.evaluate(() => 'still answering')).resolves.toBe('still answering');
    await page.keyboard.type(' TYPED AFTER THE PASTE');
    await editor.getByText('TYPED AFTER THE PASTE', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'History' }).waitFor();
    const stored = await savedJson(app, note.id, (j) => j.includes('TYPED AFTER THE PASTE'));
    expect(stored.length).toBeGreaterThan(5 * 1024 * 1024);
    await page.getByTestId('note-save-status').getByText('Saved').waitFor();
    await app.screenshots('notebook-large-paste');
    expect(dialogs).toEqual([]);
    app.expectOnlyServedOrigin();
  });
});
