// The note's links into the evidence, through the UI: @-mentions of cards (found by an alias, created
// from the typeahead, renamed and deleted since), citations from the Reader's toolbar, its passages panel
// and by dragging from the evidence panel, clicks through both, claims needing evidence with the panel's
// counts, citations whose passage was deleted or whose clipping went to the Trash, and the links the core
// derived on save (notes.referencing).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLEDGE_ARTICLE } from '../helpers/articles';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { selectInArticle } from '../helpers/reader-selection';

const harness = useAppHarness();

/** Where the Notebook reopens (the evidence plugins remember the open note under this key). */
const LAST_OPEN_NOTE_KEY = 'notebook.lastOpenNoteId';

async function openNotebookAt(app: AppPage, noteId: string): Promise<void> {
  await app.page.evaluate(([key, id]) => localStorage.setItem(key, id), [LAST_OPEN_NOTE_KEY, noteId] as const);
  await goTo(app.page, '#/notebook');
  await app.page.getByTestId('note-editor').waitFor();
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** The note as the core holds it, once the autosave has stored what the test expects. */
async function savedNoteJson(app: AppPage, noteId: string, expected: (json: string) => boolean): Promise<string> {
  let json = '';
  await expect
    .poll(async () => {
      json = JSON.stringify((await app.rpc('notes.get', { id: noteId })).content);
      return expected(json);
    })
    .toBe(true);
  return json;
}

describe('Notebook evidence', () => {
  it('mentions cards by @ and [[, shows renames and deleted cards, and opens the card', async () => {
    const app = await harness.open();
    const { page } = app;
    const card = await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri'] });
    const note = await app.rpc('notes.create', { title: 'Who leads' });
    await openNotebookAt(app, note.id);

    // @ and an alias (folded: no hyphen, other case) finds the card; Enter picks it.
    const editor = page.getByTestId('note-editor');
    await editor.click();
    await page.keyboard.type('Seen with @ibrahim awad');
    const menu = page.getByTestId('mention-menu');
    await menu.getByText('Abu Bakr al-Baghdadi').waitFor();
    await app.screenshots('notebook-evidence-typeahead');
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    const mention = editor.getByTestId('entity-mention');
    await expect.poll(() => mention.first().textContent()).toBe('Abu Bakr al-Baghdadi');

    // [[ and a new name: Create card, as an organisation (the second create row).
    await page.keyboard.type('of [[Desert Brigade');
    await menu.getByText('Create card “Desert Brigade”').first().waitFor();
    await menu.getByRole('option', { name: /Create card “Desert Brigade” as organisation/ }).click();
    await expect.poll(() => mention.count()).toBe(2);
    const [created] = await app.rpc('entities.find', { query: 'Desert Brigade' });
    expect(created).toMatchObject({ name: 'Desert Brigade', type: 'organization' });

    // Saved with its links: the core lists the note as mentioning both cards.
    await savedNoteJson(app, note.id, (json) => json.includes(created!.id));
    await expect.poll(async () => (await app.rpc('notes.referencing', { entityId: card.id })).map((n) => n.id)).toEqual([note.id]);

    // Ctrl+click → the card (a plain click stays in the note), whose Notes section lists the note and opens it again.
    await mention.first().click({ modifiers: ['Control'] });
    await page.getByRole('article', { name: 'Card: Abu Bakr al-Baghdadi' }).waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/entities/${card.id}`);
    const notes = page.getByTestId('entity-notes');
    await notes.getByText('Who leads').click();
    await editor.waitFor();

    // A rename shows in the note; a deleted card keeps its name, marked.
    await app.rpc('entities.update', { id: card.id, patch: { name: 'Ibrahim al-Badri' } });
    await goTo(page, '#/library');
    await openNotebookAt(app, note.id);
    await expect.poll(() => mention.first().textContent()).toBe('Ibrahim al-Badri');
    await app.rpc('entities.delete', { id: created!.id });
    await goTo(page, '#/library');
    await openNotebookAt(app, note.id);
    await expect.poll(() => mention.nth(1).textContent()).toBe('Desert Brigade (deleted card)');
    await expect(mention.nth(1).getAttribute('class')).resolves.toContain('entity-mention-deleted');
    await app.screenshots('notebook-evidence-mentions');
  });

  it('cites passages from the Reader, the passages panel and by drag, counts them, and follows them back', async () => {
    const app = await harness.open();
    const { page } = app;
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    const clippingId = clipping!.id;
    await app.rpc('clippings.update', { id: clippingId, patch: { outlet: 'The Frontier Post', publishedAt: '2014-07-04', reliability: 'B', credibility: 2 } });
    const offsets = (quote: string) => ({ start: clipping!.text.indexOf(quote), end: clipping!.text.indexOf(quote) + quote.length });
    const residents = await app.rpc('passages.create', { clippingId, ...offsets('according to two residents') });
    const border = await app.rpc('passages.create', { clippingId, ...offsets('has held the border town since the spring'), color: 'green' });

    // (a) The Reader's selection toolbar, by its key: no note yet, so one is made and opened.
    await goTo(page, `#/reader/${clippingId}`);
    await page.getByTestId('reader-text').waitFor();
    await selectInArticle(page, 'Local tribal leaders pledged allegiance to the group.');
    await page
      .getByTestId('selection-toolbar')
      .getByRole('button', { name: /Cite in note/ })
      .waitFor();
    await page.keyboard.press('q');
    const editor = page.getByTestId('note-editor');
    const citations = editor.getByTestId('passage-citation');
    await citations.first().getByText('Local tribal leaders pledged allegiance to the group.').waitFor();
    await expect(citations.first().textContent()).resolves.toContain('The Frontier Post, 2014-07-04');
    await expect(citations.first().textContent()).resolves.toContain('B2');
    const noteId = await page.evaluate((key) => localStorage.getItem(key), LAST_OPEN_NOTE_KEY);
    expect(noteId).toBeTruthy();

    // (b) The passages panel's "Cite in note" goes into the same note.
    await goTo(page, `#/reader/${clippingId}`);
    await page.getByRole('tab', { name: /Passages/ }).click();
    const residentsItem = page.locator(`[data-testid="passage-item"][data-passage-id="${residents.id}"]`);
    await residentsItem.getByRole('button', { name: 'Cite in note' }).click();
    await expect.poll(() => citations.count()).toBe(2);
    await citations.nth(1).getByText('according to two residents').waitFor();

    // (c) Dragged from the evidence panel's Passages onto the note.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Control of the town: ');
    const finderItem = page.locator(`[data-testid="finder-passage"][data-passage-id="${border.id}"]`);
    await finderItem.dragTo(editor.locator('p').last());
    await expect.poll(() => citations.count()).toBe(3);

    // A claim without a source, marked from the keyboard, is listed with the counts.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The tribes were paid for the pledge.');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+Shift+E');
    await editor.getByTestId('needs-evidence').getByText('The tribes were paid for the pledge.').waitFor();
    const panel = page.getByTestId('evidence-panel');
    await panel.getByTestId('evidence-claims').getByText('The tribes were paid for the pledge.').waitFor();
    await expect.poll(() => panel.getByTestId('evidence-passages').textContent()).toBe('3');
    await expect(panel.getByTestId('evidence-sources').textContent()).resolves.toBe('1');
    await expect(panel.getByTestId('evidence-grades').textContent()).resolves.toContain('B2 3');
    await app.screenshots('notebook-evidence-citations');

    // Saved: the core derived the links, and the Reader's passage says where it is cited.
    await savedNoteJson(app, noteId!, (json) => json.includes(border.id) && json.includes('needs-evidence'));
    await expect.poll(async () => (await app.rpc('notes.referencing', { passageId: border.id })).map((n) => n.id)).toEqual([noteId]);
    const evidence = await app.rpc('notes.evidence', { id: noteId! });
    expect(evidence).toMatchObject({ passagesCited: 3, distinctSources: 1, needsEvidence: ['The tribes were paid for the pledge.'] });

    // The panel's claim takes the caret to it; the same shortcut takes the mark off.
    await panel.getByTestId('evidence-claims').getByRole('button', { name: 'The tribes were paid for the pledge.' }).click();
    await page.keyboard.press('Control+Shift+E');
    await editor.getByTestId('needs-evidence').waitFor({ state: 'detached' });
    await panel.getByText('Needs evidence (0)').waitFor();
    await editor.getByText('The tribes were paid for the pledge.').waitFor();

    // Ctrl+click a citation → the Reader at its passage, which says where it is cited (a plain click
    // peeks beside the note: note-citation-click.test.ts).
    // In the middle of the quote (an inline element's first client rect can be an empty one at its start).
    const quote = citations.nth(1).locator('q');
    const size = (await quote.boundingBox())!;
    await quote.click({ position: { x: size.width / 2, y: size.height / 2 }, modifiers: ['ControlOrMeta'] });
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/reader/${clippingId}/${residents.id}`);
    await expect.poll(() => residentsItem.getAttribute('aria-current')).toBe('true');
    const note = await app.rpc('notes.get', { id: noteId! });
    await residentsItem
      .getByTestId('cited-in')
      .getByText(note.title || 'Untitled note')
      .waitFor();
    await app.screenshots('notebook-evidence-reader');

    // A deleted passage and a clipping in the Trash say so in the note.
    await app.rpc('passages.delete', { id: residents.id });
    await goTo(page, '#/notebook');
    await citations.nth(1).getByText('passage deleted').waitFor();
    await app.rpc('clippings.trash', { ids: [clippingId] });
    await goTo(page, '#/library');
    await goTo(page, '#/notebook');
    await citations.first().getByText('source in the Trash').waitFor();
    await expect(citations.nth(1).getAttribute('data-status')).resolves.toBe('deleted');
    await app.screenshots('notebook-evidence-gone');
    app.expectOnlyServedOrigin();
  });

  it('fills in the source of a citation saved by version 1 from its passage, and saves it as version 2', async () => {
    const app = await harness.open();
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    await app.rpc('clippings.update', { id: clipping!.id, patch: { outlet: 'The Frontier Post', reliability: 'C', credibility: 3 } });
    const quote = 'has held the border town since the spring';
    const at = clipping!.text.indexOf(quote);
    const passage = await app.rpc('passages.create', { clippingId: clipping!.id, start: at, end: at + quote.length });
    const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };
    const note = await app.rpc('notes.create', {
      title: 'Old note',
      content: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [{ ...paragraph, children: [{ type: 'passage-citation', version: 1, passageId: passage.id, quote }] }],
        },
      },
    });
    await openNotebookAt(app, note.id);
    const citation = app.page.getByTestId('note-editor').getByTestId('passage-citation');
    await citation.getByText('Fighters pledge allegiance in Albu Kamal').waitFor();
    await expect(citation.textContent()).resolves.toContain('C3');
    const saved = await savedNoteJson(app, note.id, (json) => json.includes('"version":2'));
    expect(saved).toContain(`"clippingId":"${clipping!.id}"`);
    expect(saved).toContain('"outlet":"The Frontier Post"');
  });
});
