// Passages in the Reader: select text, and the toolbar highlights it (in a colour, with a label or
// a comment) or links it to a new or an existing entity card; the passages panel lists, edits,
// unlinks and deletes them. Offsets are checked against the stored clipping text.
import { describe, expect, it } from 'vitest';
import { PLEDGE_ARTICLE } from '../helpers/articles';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { paintedRanges, selectInArticle, selectWholeArticle } from '../helpers/reader-selection';

const harness = useAppHarness();

async function openArticle(app: AppPage, text = PLEDGE_ARTICLE): Promise<{ id: string; text: string }> {
  const { clipping } = await app.rpc('clippings.create', { text });
  await app.page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
  await app.page.getByTestId('reader-text').waitFor();
  return { id: clipping!.id, text: clipping!.text };
}

/**
 * Clicks the middle of a phrase in the article, as on a highlight. The phrase is selected first to
 * find where it is, so a toolbar may show for it before the click's own selection: wait for that.
 */
async function clickPhrase(page: AppPage['page'], phrase: string): Promise<void> {
  await selectInArticle(page, phrase);
  const box = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getClientRects()[0]!;
    window.getSelection()!.removeAllRanges();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

describe('Passages in the Reader', () => {
  it('keeps a click on a highlight made while the last write is still being answered', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    await openArticle(app);
    const toolbar = page.getByTestId('selection-toolbar');
    const item = page.getByTestId('passage-item');
    await selectInArticle(page, 'according to two residents');
    await toolbar.waitFor();
    await page.keyboard.press('h');
    await item.first().waitFor();
    await toolbar.waitFor({ state: 'detached' });

    // A slow machine: the reload after the recolour is held until the highlight has been clicked again.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let lists = 0;
    await page.route('**/rpc/passages.list', async (route) => {
      if (++lists === 1) await held;
      await route.fallback();
    });
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    await toolbar.getByRole('button', { name: 'Highlight green' }).click();
    await expect.poll(() => lists).toBe(1);
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    release();
    // The write's answer has landed (the list shows green); the new selection and its toolbar stay.
    await page.locator('.passage-item.passage-green').waitFor();
    await page.keyboard.press('c');
    await toolbar.getByLabel('Comment').waitFor();
    await page.keyboard.press('Escape');
    await toolbar.getByLabel('Comment').waitFor({ state: 'detached' });
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();

    // A new selection whose selectionchange event comes after the write's answer (the order a loaded
    // machine can give them in) is still a new selection: the answer leaves it selected.
    let second = () => {};
    const heldAgain = new Promise<void>((resolve) => (second = resolve));
    await page.unroute('**/rpc/passages.list');
    await page.route('**/rpc/passages.list', async (route) => {
      await heldAgain;
      await route.fallback();
    });
    await toolbar.getByRole('button', { name: 'Highlight yellow' }).click();
    await page.evaluate(() => {
      const hold = (event: Event) => event.stopImmediatePropagation();
      window.addEventListener('selectionchange', hold, true);
      (window as unknown as { releaseSelectionEvents: () => void }).releaseSelectionEvents = () => window.removeEventListener('selectionchange', hold, true);
    });
    await selectInArticle(page, 'two residents');
    second();
    await page.locator('.passage-item.passage-yellow').waitFor();
    await expect(page.evaluate(() => window.getSelection()!.toString())).resolves.toBe('two residents');
    await page.evaluate(() => (window as unknown as { releaseSelectionEvents: () => void }).releaseSelectionEvents());
  });

  it('acts on the passage a selection already is, and a click on a highlight selects its passage', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const card = await app.rpc('entities.create', { type: 'person', name: 'Two Residents' });
    const clipping = await openArticle(app);
    const toolbar = page.getByTestId('selection-toolbar');
    const items = page.getByTestId('passage-item');
    const stored = async () => (await app.rpc('passages.list', { clippingId: clipping.id })).items;

    await selectInArticle(page, 'according to two residents');
    await toolbar.waitFor();
    await page.keyboard.press('h');
    await items.first().waitFor();
    await toolbar.waitFor({ state: 'detached' });

    // The same words selected again: the toolbar says it is that passage, and Label labels it.
    await selectInArticle(page, 'according to two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    await page.keyboard.press('l');
    await toolbar.getByLabel('Label').fill('claim');
    await page.keyboard.press('Enter');
    await toolbar.waitFor({ state: 'detached' });
    await items.locator('.passage-label').getByText('claim').waitFor();

    // A click on the highlight selects its passage and shows its actions: a colour recolours it.
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    await expect(toolbar.getByRole('button', { name: 'Highlight yellow' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await app.screenshots('reader-passage-clicked');
    await toolbar.getByRole('button', { name: 'Highlight green' }).click();
    await expect.poll(async () => (await stored()).map((p) => p.color)).toEqual(['green']);

    // Comment opens with the passage's own label, and keeps it.
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    await page.keyboard.press('c');
    await expect(toolbar.getByLabel('Label').inputValue()).resolves.toBe('claim');
    await toolbar.getByLabel('Comment').fill('Both unnamed.');
    await page.keyboard.press('Control+Enter');
    await toolbar.waitFor({ state: 'detached' });

    // Link to entity links that passage.
    await clickPhrase(page, 'two residents');
    await toolbar.getByText('Passage', { exact: true }).waitFor();
    await page.keyboard.press('e');
    await toolbar.getByRole('combobox', { name: 'Link to entity' }).fill('Two Residents');
    await toolbar
      .getByRole('listbox')
      .getByRole('option', { name: /^Two Residents/ })
      .waitFor();
    await page.keyboard.press('Enter');
    await items.getByRole('button', { name: 'Two Residents', exact: true }).waitFor();

    const [only, ...others] = await stored();
    expect(others).toEqual([]);
    expect(only).toMatchObject({ exact: 'according to two residents', color: 'green', label: 'claim', comment: 'Both unnamed.' });
    expect(only!.entities.map((e) => e.id)).toEqual([card.id]);
    await expect(items.count()).resolves.toBe(1);
  });

  it('highlights a selection from the toolbar and by keyboard, with a label and a comment', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const clipping = await openArticle(app);

    // A mouse double-click selects a word; the toolbar appears over it.
    await page
      .getByTestId('reader-text')
      .getByText(/Abu Bakr al-Baghdadi addressed/)
      .dblclick({ position: { x: 5, y: 8 } });
    const toolbar = page.getByTestId('selection-toolbar');
    await toolbar.waitFor();
    await app.screenshots('reader-selection-toolbar');
    await toolbar.getByRole('button', { name: 'Highlight green' }).click();
    await page.getByTestId('passage-item').first().waitFor();
    await toolbar.waitFor({ state: 'detached' });

    // Keyboard: select, then c for a comment, typed and saved with Ctrl+Enter.
    await selectInArticle(page, 'according to two residents');
    await toolbar.waitFor();
    await page.keyboard.press('c');
    await toolbar.getByLabel('Comment').fill('Two sources, both unnamed.');
    await page.keyboard.press('Control+Enter');
    await toolbar.waitFor({ state: 'detached' });

    // l for a label, in another colour.
    await selectInArticle(page, 'Local tribal leaders pledged allegiance to the group.');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('l');
    await toolbar.getByRole('radio', { name: 'Pink' }).click();
    await toolbar.getByLabel('Label').fill('claim');
    await page.keyboard.press('Enter');
    await toolbar.waitFor({ state: 'detached' });

    // h highlights in the last colour used.
    await selectInArticle(page, 'has held the border town since the spring');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    const items = page.getByTestId('passage-item');
    await expect.poll(() => items.count()).toBe(4);

    const stored = await app.rpc('passages.list', { clippingId: clipping.id });
    const byQuote = new Map(stored.items.map((p) => [p.exact, p]));
    const expectAt = (quote: string) => {
      const passage = byQuote.get(quote);
      expect(passage, quote).toBeDefined();
      expect([passage!.start, passage!.end]).toEqual([clipping.text.indexOf(quote), clipping.text.indexOf(quote) + quote.length]);
      return passage!;
    };
    expect(expectAt('Abu').color).toBe('green');
    expect(expectAt('according to two residents').comment).toBe('Two sources, both unnamed.');
    expect(expectAt('Local tribal leaders pledged allegiance to the group.')).toMatchObject({ color: 'pink', label: 'claim' });
    expect(expectAt('has held the border town since the spring').color).toBe('pink');
    await expect(paintedRanges(page, 'passage-pink')).resolves.toBe(2);
    // The comment took the colour in use (green) from the highlight before it.
    await expect(paintedRanges(page, 'passage-green')).resolves.toBe(2);

    // The panel lists them in text order; the comment and label show.
    const panel = page.getByTestId('passages-panel');
    await panel.getByText('Two sources, both unnamed.').waitFor();
    await panel.locator('.passage-label').getByText('claim').waitFor();
    await expect(items.first().locator('q').textContent()).resolves.toBe('Abu');
    await app.screenshots('reader-passages');

    // Edit a passage's comment in the panel, then delete it and undo.
    const commented = items.filter({ hasText: 'according to two residents' });
    await commented.getByRole('button', { name: 'Edit' }).click();
    await commented.getByLabel('Comment').fill('Two residents, reached by phone.');
    await commented.getByRole('button', { name: /Save/ }).click();
    await commented.getByText('Two residents, reached by phone.').waitFor();
    await commented.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items.count()).toBe(3);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.count()).toBe(4);
    await items.filter({ hasText: 'according to two residents' }).getByText('Two residents, reached by phone.').waitFor();
    app.expectOnlyServedOrigin();
  });

  it('links a selection to a new card and to an existing card found by an alias, and unlinks it', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const existing = await app.rpc('entities.create', { type: 'organization', name: 'Islamic State', aliases: ['ISIS', 'Daesh'] });
    const clipping = await openArticle(app);
    const toolbar = page.getByTestId('selection-toolbar');

    // A new card: the picker starts with the selected words; Create card, as a Person.
    await selectInArticle(page, 'Abu Bakr al-Baghdadi');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('e');
    const picker = toolbar.getByRole('combobox', { name: 'Link to entity' });
    await expect(picker.inputValue()).resolves.toBe('Abu Bakr al-Baghdadi');
    const create = toolbar.getByRole('option', { name: 'Create card “Abu Bakr al-Baghdadi”' });
    await create.waitFor();
    await expect(toolbar.getByRole('listbox').getByRole('option').count()).resolves.toBe(1);
    await app.screenshots('reader-link-new-card');
    await create.click();
    await toolbar.waitFor({ state: 'detached' });
    const first = page.getByTestId('passage-item').filter({ hasText: 'Abu Bakr al-Baghdadi' });
    await first.getByRole('button', { name: 'Abu Bakr al-Baghdadi', exact: true }).waitFor();

    // An existing card, found by its alias ISIS.
    await selectInArticle(page, 'ISIS');
    await page.getByTestId('selection-toolbar').waitFor();
    await toolbar.getByRole('button', { name: /Link to entity/ }).click();
    await toolbar.getByRole('option', { name: /Islamic State/ }).waitFor();
    await page.keyboard.press('Enter');
    await toolbar.waitFor({ state: 'detached' });
    const second = page.getByTestId('passage-item').filter({ hasText: 'ISIS' });
    await second.getByRole('button', { name: 'Islamic State', exact: true }).waitFor();

    const card = await app.rpc('entities.get', { id: existing.id });
    expect(card.passages.map((p) => [p.exact, p.start])).toEqual([['ISIS', clipping.text.indexOf('ISIS')]]);
    const cards = await app.rpc('entities.list', {});
    expect(cards.items.map((c) => [c.name, c.type])).toContainEqual(['Abu Bakr al-Baghdadi', 'person']);
    await app.screenshots('reader-linked-passages');

    // Unlink keeps the passage; the chip opens the card.
    await second.getByRole('button', { name: 'Unlink Islamic State' }).click();
    await second.getByRole('button', { name: 'Islamic State', exact: true }).waitFor({ state: 'detached' });
    await expect(page.getByTestId('passage-item').count()).resolves.toBe(2);
    await first.getByRole('button', { name: 'Abu Bakr al-Baghdadi', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/entities\/[0-9a-f-]{36}$/);
    app.expectOnlyServedOrigin();
  });

  it('says so when the chosen card was deleted meanwhile, and keeps the passage', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const doomed = await app.rpc('entities.create', { type: 'place', name: 'Albu Kamal' });
    await openArticle(app);
    const toolbar = page.getByTestId('selection-toolbar');
    await selectInArticle(page, 'Albu Kamal', 1);
    await toolbar.waitFor();
    await page.keyboard.press('e');
    // The card's own row (not the Create row, which shows before the search answers).
    await toolbar
      .getByRole('listbox')
      .getByRole('option', { name: /^Albu Kamal/ })
      .waitFor();
    // Another window deletes the card before this one picks it.
    await app.rpc('entities.delete', { id: doomed.id });
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .getByText(/The passage was kept, but not linked: That card no longer exists/)
      .waitFor();
    await toolbar.waitFor({ state: 'detached' });
    await app.screenshots('reader-link-deleted-card');
    const item = page.getByTestId('passage-item').filter({ hasText: 'Albu Kamal' });
    await item.waitFor();
    await expect(item.locator('.entity-chip').count()).resolves.toBe(0);
  });

  it('refuses a selection longer than 10,000 characters with a clear message, and keeps everything else', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const long = `A very long report\n\n${Array.from({ length: 1600 }, (_, i) => `Sentence ${i} of the report.`).join(' ')}`;
    const clipping = await openArticle(app, long);
    await selectInArticle(page, 'Sentence 3 of');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    await page.getByTestId('passage-item').waitFor();

    await selectWholeArticle(page);

    await page.getByTestId('selection-toolbar').waitFor();
    const alert = page.getByTestId('selection-toolbar').getByRole('alert');
    await alert.getByText(/This selection is [\d,]+ characters; a passage can be at most 10,000\. Select less\./).waitFor();
    await app.screenshots('reader-selection-too-long');
    await page.keyboard.press('h');
    await expect(page.getByTestId('passage-item').count()).resolves.toBe(1);
    await expect(app.rpc('passages.list', { clippingId: clipping.id }).then((p) => p.total)).resolves.toBe(1);
  });

  it('anchors passages in an HTML clipping across bold and italic text', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const html = `<html><head><title>Statement</title></head><body><article><h1>Statement on the detentions</h1>
      <p>The ministry said that <b>forty-two people</b> were detained in
         <i>Deir ez-Zor</i> overnight, and that all of them would be charged.</p>
      <p>Families of the detained gathered outside the court on Monday morning to ask for news.</p></article></body></html>`;
    const imported = await app.rpc('clippings.importFile', { fileName: 'statement.html', contentBase64: Buffer.from(html).toString('base64') });
    const clipping = imported.clipping!;
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping.id)}`);
    await page.getByTestId('reader-text').getByText('forty-two people').waitFor();
    await selectInArticle(page, 'forty-two people were detained in Deir ez-Zor');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('h');
    await page.getByTestId('passage-item').waitFor();
    const stored = await app.rpc('passages.list', { clippingId: clipping.id });
    const passage = stored.items[0]!;
    expect(passage.exact).toBe('forty-two people were detained in Deir ez-Zor');
    expect(clipping.text.slice(passage.start!, passage.end!)).toBe(passage.exact);
    await expect(paintedRanges(page, 'passage-yellow')).resolves.toBe(1);
  });
});
