// A click on a citation inside a note never leaves the note: the words typed next go into the note
// (no one-key shortcut fires), the passage opens in a peek beside it, Escape closes the peek and gives
// the caret back, and only "Open in Reader" or Ctrl/Cmd+click go to the Reader.
import { describe, expect, it } from 'vitest';
import { PLEDGE_ARTICLE } from '../helpers/articles';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';

const harness = useAppHarness();

const QUOTE = 'has held the border town since the spring';

/** A graded clipping with one passage, and a note whose one paragraph cites it. */
async function noteCitingAPassage(app: AppPage) {
  const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
  const clippingId = clipping!.id;
  await app.rpc('clippings.update', { id: clippingId, patch: { outlet: 'The Frontier Post', publishedAt: '2014-07-04', reliability: 'B', credibility: 2 } });
  const at = clipping!.text.indexOf(QUOTE);
  const passage = await app.rpc('passages.create', { clippingId, start: at, end: at + QUOTE.length });
  const text = (words: string) => ({ type: 'text', version: 1, text: words, format: 0, style: '', mode: 'normal', detail: 0 });
  const citation = {
    type: 'passage-citation',
    version: 2,
    passageId: passage.id,
    quote: QUOTE,
    clippingId,
    clippingTitle: clipping!.title,
    outlet: 'The Frontier Post',
    publishedAt: '2014-07-04',
    grade: 'B2',
  };
  const paragraph = { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };
  const note = await app.rpc('notes.create', {
    title: 'Control of Albu Kamal',
    content: {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ ...paragraph, children: [text('The group '), citation, text(' and no one contests it.')] }],
      },
    },
  });
  await app.page.evaluate((id) => localStorage.setItem('notebook.lastOpenNoteId', id), note.id);
  await app.page.evaluate(() => (window.location.hash = '#/notebook'));
  const editor = app.page.getByTestId('note-editor');
  // The caret at the end of the paragraph, where the analyst was writing.
  await editor.getByText('and no one contests it.').click();
  await app.page.keyboard.press('End');
  return { clippingId, passageId: passage.id, editor };
}

const hashOf = (app: AppPage) => app.page.evaluate(() => window.location.hash);

describe('a click on a citation in a note', () => {
  it('keeps the typing in the note: no one-key shortcut fires while the note has the focus', async () => {
    const app = await harness.open();
    const { page } = app;
    const { editor } = await noteCitingAPassage(app);

    // The trap: the grey source line took the analyst to the Reader, and "n" opened New clipping.
    await editor.getByTestId('passage-citation').locator('.passage-citation-source').click();
    await page.keyboard.type(' next to nothing');
    await editor.getByText('contests it. next to nothing').waitFor();
    expect(await hashOf(app)).toBe('#/notebook');
    expect(await page.getByRole('dialog', { name: 'New clipping' }).count()).toBe(0);

    // Out of the note (the notes list has the focus), the one-key shortcuts still work.
    await page.getByRole('listbox', { name: 'Notes' }).focus();
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New clipping' }).waitFor();
  });

  it('opens the passage in a peek beside the note; Escape gives the caret back; Open in Reader and Ctrl+click go there', async () => {
    const app = await harness.open();
    const { page } = app;
    const { editor, clippingId, passageId } = await noteCitingAPassage(app);
    const citation = editor.getByTestId('passage-citation');
    const quote = citation.locator('q');
    // The middle of the quote's widest line (it may wrap, and its box's middle be the paragraph's).
    const middle = () =>
      quote.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const line = [...element.getClientRects()].sort((a, b) => b.width - a.width)[0]!;
        return { x: line.left - box.left + line.width / 2, y: line.top - box.top + line.height / 2 };
      });

    await quote.click({ position: await middle() });
    const peek = page.getByTestId('citation-peek');
    await peek.getByText(QUOTE).first().waitFor();
    await expect(peek.locator('.citation-peek-source').textContent()).resolves.toBe(
      'Fighters pledge allegiance in Albu Kamal · The Frontier Post · 2014-07-04B2',
    );
    // The surrounding text of the clipping, around the quote.
    await peek
      .getByTestId('citation-peek-context')
      .getByText(/ISIS – an acronym .* Local tribal leaders pledged allegiance/)
      .waitFor();
    expect(await hashOf(app)).toBe('#/notebook');
    await app.screenshots('citation-peek');

    // Typing goes on in the note; Escape closes the peek and the caret is where it was.
    await page.keyboard.type(' Still');
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'detached' });
    await page.keyboard.type(' so.');
    await editor.getByText('contests it. Still so.').waitFor();

    // On a narrow window the evidence panel is collapsed: the peek still shows, over the note's margin.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByTestId('evidence-panel').waitFor({ state: 'hidden' });
    await quote.click({ position: await middle() });
    await peek.waitFor();
    await app.screenshots('citation-peek-1024');

    // From the peek's button, or at once with Ctrl+click, the Reader at the passage.
    await peek.getByRole('button', { name: 'Open in Reader' }).click();
    await expect.poll(() => hashOf(app)).toBe(`#/reader/${clippingId}/${passageId}`);
    await page.evaluate(() => (window.location.hash = '#/notebook'));
    await quote.click({ position: await middle(), modifiers: ['ControlOrMeta'] });
    await expect.poll(() => hashOf(app)).toBe(`#/reader/${clippingId}/${passageId}`);
  });
});
