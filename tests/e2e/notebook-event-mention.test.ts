// Events in notes, through the UI: @ finds an event by its title, the mention shows its title and
// date and opens the Timeline at it, and the note's Markdown export writes it with its date and lists it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { makeTempDir } from '../helpers/temp-library';

const harness = useAppHarness();

/** Where the Notebook reopens (the evidence plugins remember the open note under this key). */
const LAST_OPEN_NOTE_KEY = 'notebook.lastOpenNoteId';

async function openNotebookAt(app: AppPage, noteId: string): Promise<void> {
  await app.page.evaluate(([key, id]) => localStorage.setItem(key, id), [LAST_OPEN_NOTE_KEY, noteId] as const);
  await app.page.evaluate(() => (window.location.hash = '#/notebook'));
  await app.page.getByTestId('note-editor').waitFor();
}

describe('Events mentioned in a note', () => {
  it('@ finds the event; the mention shows its date, opens the Timeline, and the Markdown export lists it', async () => {
    const app = await harness.open();
    const { page } = app;
    const isis = await app.rpc('entities.create', { type: 'organization', name: 'ISIS' });
    const fall = await app.rpc('events.create', { title: 'the fall of Mosul', date: '2014-06', participants: [isis.id] });
    const note = await app.rpc('notes.create', { title: 'Since Mosul' });
    await openNotebookAt(app, note.id);

    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.type('Everything changed with @fall of');
    const menu = page.getByTestId('mention-menu');
    const option = menu.getByRole('option', { name: /the fall of Mosul/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('June 2014');
    await app.screenshots('notebook-event-typeahead');
    await option.click();
    await menu.waitFor({ state: 'detached' });
    const mention = editor.getByTestId('event-mention');
    await expect.poll(() => mention.textContent()).toBe('the fall of MosulJune 2014');
    await page.keyboard.type('onwards.');

    // Saved with the event's id, title and date.
    await expect
      .poll(async () => JSON.stringify((await app.rpc('notes.get', { id: note.id })).content))
      .toMatch(new RegExp(`"type":"event-mention".*"eventId":"${fall.id}".*onwards`, 'u'));
    await app.screenshots('notebook-event-mention');

    // The Markdown export, downloaded from the Export menu.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Markdown' }).click();
    const file = await download;
    const path = join(makeTempDir('notebook-e2e-downloads'), file.suggestedFilename());
    await file.saveAs(path);
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain('Everything changed with the fall of Mosul (June 2014) onwards.');
    expect(markdown).toContain('## Events\n\n1. the fall of Mosul — June 2014.\n');

    // A plain click stays in the note; Ctrl+click opens the Timeline at the event.
    const before = await page.evaluate(() => window.location.hash);
    await editor.focus();
    await page.keyboard.press('Control+End');
    await mention.click();
    await page.keyboard.type(' Still here.');
    await expect.poll(() => editor.textContent()).toContain('Still here.');
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
    await mention.click({ modifiers: ['Control'] });
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/timeline/${fall.id}`);
    app.expectOnlyServedOrigin();
  });
});
