// The Reader: metadata edited in Details (with the partial-date check), NATO grading shown in the
// Reader and the Library, near-duplicate notices, the original as plain text or a download, and
// PDF page markers.
import { describe, expect, it } from 'vitest';
import { articleText, articleWords, PLEDGE_ARTICLE } from '../helpers/articles';
import { expectNoSeriousAxeFindings } from '../helpers/axe-audit';
import { distinctText, useAppHarness } from '../helpers/e2e-app';
import { makePdf } from '../helpers/pdf-writer';

const harness = useAppHarness();

describe('Reader', () => {
  it('marks passages from the keyboard alone: the article takes the focus, s / Shift+S select sentences, Shift+→ extends', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: PLEDGE_ARTICLE });
    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(clipping!.id)}`);
    const body = page.getByRole('document', { name: 'Article text' });
    await body.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    // Each key's selection is on screen before the next key is pressed.
    const selected = () => page.evaluate(() => window.getSelection()?.toString().replace(/\s+/gu, ' ').trim());
    const sentence = (quote: string) => [PLEDGE_ARTICLE.indexOf(quote), PLEDGE_ARTICLE.indexOf(quote) + quote.length];
    const stored = async () => (await app.rpc('passages.list', { clippingId: clipping!.id })).items.map((p) => ({ ...p, span: [p.start, p.end] }));

    await body.focus();
    await expect.poll(focused).toBe('reader-text');
    await page.getByTestId('reader-keys-hint').waitFor();
    const toolbar = page.getByTestId('selection-toolbar');
    // s, s, Shift+S, s: the headline, the next sentence, back, and on again; h highlights it.
    await page.keyboard.press('s');
    await toolbar.waitFor();
    await page.keyboard.press('s');
    await page.keyboard.press('Shift+S');
    await page.keyboard.press('s');
    const second = 'Abu Bakr al-Baghdadi addressed fighters of the Islamic State in Albu Kamal on Friday, according to two residents.';
    await expect.poll(selected).toBe(second);
    await app.screenshots('reader-keyboard-sentence');
    await page.keyboard.press('h');
    await expect.poll(async () => (await stored()).map((p) => p.span)).toEqual([sentence(second)]);
    expect(await focused()).toBe('reader-text');

    // The next sentence, extended by two words with Shift+→; c comments it, and the focus comes back.
    await page.keyboard.press('s');
    await toolbar.waitFor();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(selected).toMatch(/since the spring\. Local tribal$/u);
    await page.keyboard.press('c');
    await toolbar.getByLabel('Comment').fill('Claimed, not shown.');
    await page.keyboard.press('Control+Enter');
    await toolbar.waitFor({ state: 'detached' });
    const third = 'ISIS – an acronym for the Islamic State of Iraq and the Levant – has held the border town since the spring. Local tribal';
    await expect.poll(async () => (await stored()).find((p) => p.comment)?.span).toEqual(sentence(third));
    await expect.poll(focused).toBe('reader-text');
    // The Reader has drawn the new passage (a reload arriving later would redraw under the next selection).
    await expect.poll(() => page.getByTestId('passage-item').count()).toBe(2);

    // On from where that passage ended: the last sentence; l labels it.
    await page.keyboard.press('s');
    await toolbar.waitFor();
    await expect.poll(selected).toBe('Local tribal leaders pledged allegiance to the group.');
    await page.keyboard.press('l');
    await toolbar.getByLabel('Label').fill('claim');
    await page.keyboard.press('Enter');
    await toolbar.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await stored()).find((p) => p.label === 'claim')?.span)
      .toEqual(sentence('Local tribal leaders pledged allegiance to the group.'));
    await expect.poll(focused).toBe('reader-text');
    await expect(page.getByTestId('passage-item').count()).resolves.toBe(3);
  });

  it('edits metadata, tags and grade; they persist and the Library shows the grade with its meaning', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const { clipping } = await app.rpc('clippings.create', { text: `Aid convoy reaches the besieged district\n\n${distinctText(5)}` });
    await page.reload();
    await page.getByTestId('clipping-row').filter({ hasText: 'Aid convoy reaches the besieged district' }).dblclick();
    const details = page.getByTestId('details-panel');
    await details.waitFor();

    await details.getByLabel('Outlet').fill('IB Times');
    await page.keyboard.press('Enter');
    await details.getByTestId('details-status').getByText('Saved').waitFor();
    await details.getByLabel('Byline').fill('Staff reporter');
    await page.keyboard.press('Tab');
    // A date that is not a partial date is refused with the rule, and nothing is sent.
    await details.getByLabel('Published').fill('2014-13');
    await page.keyboard.press('Enter');
    await details.getByRole('alert').getByText('A date is written 2014, 2014-07 or 2014-07-02.').waitFor();
    await details.getByLabel('Published').fill('2014-07');
    await page.keyboard.press('Enter');
    await details.getByRole('alert').waitFor({ state: 'detached' });
    await details.getByLabel('URL').fill('https://news.example/aid-convoy');
    await page.keyboard.press('Enter');
    await details.getByTestId('inert-url').getByText('https://news.example/aid-convoy').waitFor();
    await details.getByLabel('Language').fill('en');
    await page.keyboard.press('Enter');
    await details.getByLabel('Tags').fill('aid, convoys');
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Remove tag convoys' }).waitFor();

    await details.getByLabel('Source reliability').selectOption('B');
    await details.getByLabel('Information credibility').selectOption('2');
    await details.getByTestId('reader-grade').getByText('B2').waitFor();
    await page.locator('.reader-byline').getByText('IB Times · Staff reporter · 2014-07').waitFor();
    await app.screenshots('reader-details');

    // Stored: a fresh load shows the same.
    const stored = await app.rpc('clippings.get', { id: clipping!.id });
    expect(stored).toMatchObject({
      outlet: 'IB Times',
      byline: 'Staff reporter',
      publishedAt: '2014-07',
      url: 'https://news.example/aid-convoy',
      lang: 'en',
      tags: ['aid', 'convoys'],
      reliability: 'B',
      credibility: 2,
    });
    await page.reload();
    await page.getByTestId('reader-grade').getByText('B2').waitFor();
    await expect(page.getByTestId('details-panel').getByLabel('Published').inputValue()).resolves.toBe('2014-07');

    // Esc goes back to the Library.
    await page.keyboard.press('Escape');
    const row = page.getByTestId('clipping-row').filter({ hasText: 'Aid convoy reaches the besieged district' });
    const grade = row.locator('.cell-grade');
    await grade.getByText('B2').waitFor();
    await expect(grade.getAttribute('title')).resolves.toBe('B — Usually reliable · 2 — Probably true');
    await row.locator('.cell-outlet').getByText('IB Times').waitFor();
    await row.locator('.cell-published').getByText('2014-07').waitFor();
    await row.locator('.cell-tags').getByText('convoys').waitFor();
    await app.screenshots('library-graded');
    app.expectOnlyServedOrigin();
  });

  it('flags a near-duplicate in the Library and the Reader, and links to the clipping it repeats', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const words = articleWords(11, 600);
    // A syndicated copy under another headline: a few sentences rewritten, the rest the same.
    const changed = [...words];
    changed.splice(300, 30, ...articleWords(12, 30));
    await app.rpc('clippings.create', { text: `Pledge of allegiance in Albu Kamal\n\n${articleText(words)}` });
    await app.rpc('clippings.create', { text: `Albu Kamal pledge, syndicated copy\n\n${articleText(changed)}` });
    await page.reload();

    const copy = page.getByTestId('clipping-row').filter({ hasText: 'Albu Kamal pledge, syndicated copy' });
    const badge = copy.getByTestId('near-duplicate-badge');
    await badge.waitFor();
    await expect(badge.getAttribute('title')).resolves.toBe('near-duplicate of Pledge of allegiance in Albu Kamal');
    await expect(page.getByTestId('near-duplicate-badge').count()).resolves.toBe(1);
    await app.screenshots('library-near-duplicate');

    await copy.dblclick();
    const notice = page.getByTestId('near-duplicate-notice');
    await notice.waitFor();
    await notice.getByRole('button', { name: '“Pledge of allegiance in Albu Kamal”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pledge of allegiance in Albu Kamal' }).waitFor();
    await expect(page.getByTestId('near-duplicate-notice').count()).resolves.toBe(0);
    await expectNoSeriousAxeFindings(page, 'the Reader');
    app.expectOnlyServedOrigin();
  });

  it('shows a text original as plain text (never as HTML), offers a PDF original as a download, and marks PDF pages', async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const html = `<html><head><title>Statement on the detentions</title></head><body><article><h1>Statement on the detentions</h1><p>${distinctText(21, 120)}</p><p><b>Bold claim</b> ${distinctText(22, 120)}</p></article></body></html>`;
    const htmlImport = await app.rpc('clippings.importFile', { fileName: 'statement.html', contentBase64: Buffer.from(html).toString('base64') });
    const pdf = makePdf(
      [['Weekly situation report', '', 'Page one describes the northern front in some detail.'], ['Page two covers the humanitarian situation in the camps.']],
      { title: 'Weekly situation report' },
    );
    const pdfImport = await app.rpc('clippings.importFile', { fileName: 'sitrep.pdf', contentBase64: pdf.toString('base64') });
    expect(htmlImport.clipping).not.toBeNull();
    expect(pdfImport.clipping).not.toBeNull();

    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(htmlImport.clipping!.id)}`);
    await page.getByRole('button', { name: 'Show original' }).click();
    const original = page.getByTestId('original-dialog');
    const pre = original.getByTestId('original-text');
    await pre.waitFor();
    await expect(pre.evaluate((el) => el.tagName)).resolves.toBe('PRE');
    await expect(pre.textContent()).resolves.toContain('<b>Bold claim</b>');
    await expect(pre.locator('b').count()).resolves.toBe(0);
    await original.getByText('statement.html').waitFor();
    await app.screenshots('reader-original-text');
    await page.keyboard.press('Escape');
    await original.waitFor({ state: 'detached' });

    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(pdfImport.clipping!.id)}`);
    const body = page.getByTestId('reader-text');
    await body.getByTestId('page-marker').getByText('Page 2').waitFor();
    await body.getByRole('region', { name: 'Page 2' }).getByText('Page two covers the humanitarian situation').waitFor();
    await app.screenshots('reader-pdf-pages');
    await page.getByRole('button', { name: 'Show original' }).click();
    const link = page.getByTestId('original-download');
    await link.getByText(/^Download sitrep\.pdf/).waitFor();
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sitrep.pdf');
    const saved = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of saved) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    app.expectOnlyServedOrigin();
  });

  it("says where a clipping came from in words, and shows what a Markdown clipping's front matter declared", async () => {
    const app = await harness.open();
    const { page } = app;
    await page.getByTestId('library-empty').waitFor();
    const markdown = `---\ntitle: Talks resume in Geneva\nsource: https://news.example/geneva\nauthor: "[[Jane Doe]]"\npublished: 2019-04-30T23:39:00-04:00\nsite: Border Monitor\ntags: [diplomacy, geneva]\n---\n\n${distinctText(31)}\n`;
    const imported = await app.rpc('clippings.importFile', { fileName: 'geneva.md', contentBase64: Buffer.from(markdown).toString('base64') });
    const pasted = await app.rpc('clippings.create', { text: `Ceasefire holds in the north\n\n${distinctText(32)}` });

    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(imported.clipping!.id)}`);
    const details = page.getByTestId('details-panel');
    await details.getByTestId('details-source').getByText('Imported from geneva.md', { exact: true }).waitFor();
    await expect(details.getByTestId('details-source').getAttribute('title')).resolves.toBe('Read by the text file reader, version 3.');
    await expect(details.getByLabel('Published').inputValue()).resolves.toBe('2019-04-30');
    await expect(details.getByLabel('Outlet').inputValue()).resolves.toBe('Border Monitor');
    await details.getByRole('button', { name: 'Remove tag geneva' }).waitFor();
    await expect(page.getByTestId('reader-text').textContent()).resolves.not.toContain('published:');
    await expect(details.textContent()).resolves.not.toContain('Imported by');
    await app.screenshots('reader-details-source');

    await page.goto(`${app.server.origin}/#/reader/${encodeURIComponent(pasted.clipping!.id)}`);
    await page.getByTestId('details-panel').getByTestId('details-source').getByText('Pasted', { exact: true }).waitFor();
    app.expectOnlyServedOrigin();
  });
});
