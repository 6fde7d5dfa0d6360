// Export from the Notebook's Export menu, as a user downloads it: Markdown, HTML, Word and PDF of a
// note with mentions (one card renamed, one deleted), a passage cited twice, a deleted passage, a
// claim needing evidence and Arabic text; text typed just before exporting is in the file (the
// editor's autosave is flushed first). Each downloaded file's contents are checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppHarness, type AppPage } from '../helpers/e2e-app';
import { makeTempDir } from '../helpers/temp-library';
import { ARABIC_NAME, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from '../electron/core/export/fixture-note';
import { pdfText, squeeze } from '../electron/core/export/pdf-text';
import { docxText, readZip } from '../electron/core/export/read-zip';
import { seedExportLibrary } from '../electron/core/export/seed-export-library';

const harness = useAppHarness();

/** Where the Notebook reopens (the evidence plugins remember the open note under this key). */
const LAST_OPEN_NOTE_KEY = 'notebook.lastOpenNoteId';
const FILE_BASE = 'Mosul June 2014 briefing';

async function openNotebookAt(app: AppPage, noteId: string): Promise<void> {
  await app.page.evaluate(([key, id]) => localStorage.setItem(key, id), [LAST_OPEN_NOTE_KEY, noteId] as const);
  await app.page.evaluate(() => (window.location.hash = '#/notebook'));
  await app.page.getByTestId('note-editor').waitFor();
}

/** Chooses the format in the Export menu and saves the download; returns its name and bytes. */
async function exportVia(page: Page, label: string, folder: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label }).click();
  const file = await download;
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  await page.getByRole('button', { name: 'Export', exact: true }).and(page.locator(':enabled')).waitFor();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('Notebook export', () => {
  it('downloads the note as Markdown, HTML, Word and PDF with footnotes, Sources and present names', async () => {
    const app = await harness.open();
    const { page } = app;
    const { noteId } = await seedExportLibrary(app.rpc);
    await openNotebookAt(app, noteId);
    const folder = makeTempDir('notebook-e2e-downloads');

    // Typed just before exporting: the menu flushes the autosave first.
    await page.getByTestId('note-editor').getByText('End of brief.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed last.');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export as' }).waitFor();
    await app.screenshots('notebook-export-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'Export as' }).waitFor({ state: 'detached' });

    const md = await exportVia(page, 'Markdown', folder);
    expect(md.name).toBe(`${FILE_BASE}.md`);
    const markdown = md.bytes.toString('utf8');
    expect(markdown).toContain('End of brief. Typed last.');
    expect(markdown).toContain(`led by ${LEADER_NAME} took Mosul.[^1] Reports *agree* on the date.[^1]`);
    expect(markdown).toContain(`${NEEDS_EVIDENCE_CLAIM} \\[needs evidence\\]`);
    expect(markdown).toMatch(
      /^\[\^3\]: “A report no longer in the library\.” — An old wire report, Wire, 2014-06\. Ungraded\. SHA-256 [0-9a-f]{12}\. Passage deleted; cited as it was\.$/mu,
    );
    expect(markdown).toMatch(
      /^1\. Mosul falls to militants — The Daily Record, 2014-06-10\. <https:\/\/news\.example\.com\/mosul_falls>\. SHA-256 [0-9a-f]{12}\. Grade B2\.$/mu,
    );

    const html = await exportVia(page, 'HTML', folder);
    expect(html.name).toBe(`${FILE_BASE}.html`);
    const document = new JSDOM(html.bytes.toString('utf8')).window.document;
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect([...document.querySelectorAll('a.mention')].map((a) => a.textContent)).toEqual([LEADER_NAME, DELETED_CARD_NAME]);
    expect(document.querySelector('#entity-1')?.textContent).toContain(ARABIC_NAME);
    expect([...document.querySelectorAll('sup.citation')].map((s) => s.textContent)).toEqual(['[1]', '[1]', '[2]', '[3]']);
    expect(document.querySelectorAll('section.sources li')).toHaveLength(3);

    const docx = await exportVia(page, 'Word (.docx)', folder);
    expect(docx.name).toBe(`${FILE_BASE}.docx`);
    const docxParts = readZip(docx.bytes);
    const body = docxText(docxParts.get('word/document.xml')!.toString('utf8'));
    expect(body).toContain(`On 10 June militants led by ${LEADER_NAME} took Mosul. Reports agree on the date.`);
    expect(
      docxParts
        .get('word/document.xml')!
        .toString('utf8')
        .match(/<w:footnoteReference /gu),
    ).toHaveLength(4);
    expect(docxText(docxParts.get('word/footnotes.xml')!.toString('utf8'))).toMatch(
      /“Soldiers abandoned their posts in Tikrit\.” — Army retreats from Tikrit, Al-Waqa’i, 2014-06-11\. Ungraded\. SHA-256 [0-9a-f]{12}\./u,
    );
    expect(body).toContain('End of brief. Typed last.');
    expect(body).toMatch(
      /1\. Mosul falls to militants — The Daily Record, 2014-06-10\. https:\/\/news\.example\.com\/mosul_falls\. SHA-256 [0-9a-f]{12}\. Grade B2\./u,
    );

    const pdf = await exportVia(page, 'PDF', folder);
    expect(pdf.name).toBe(`${FILE_BASE}.pdf`);
    const { text, title } = await pdfText(pdf.bytes);
    expect(title).toBe('Mosul: June 2014 / briefing');
    const squeezed = squeeze(text);
    for (const expected of [
      `${LEADER_NAME} took Mosul.[1]`,
      ARABIC_NAME,
      DELETED_CARD_NAME,
      '[2] “Soldiers abandoned their posts in Tikrit.”',
      '2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11.',
    ]) {
      expect(squeezed, expected).toContain(squeeze(expected));
    }
    app.expectOnlyServedOrigin();
  });

  it('says why an export failed and leaves the menu usable', async () => {
    const app = await harness.open();
    const { page } = app;
    const note = await app.rpc('notes.create', { title: 'Short lived' });
    await openNotebookAt(app, note.id);
    // Deleted behind the page's back (another window): the export cannot find it.
    await app.rpc('notes.delete', { id: note.id });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF' }).click();
    const alert = page.locator('.export-menu-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“Short lived” could not be exported as PDF');
    await app.screenshots('notebook-export-error');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(true);
  });
});
