import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../electron/core/import';
import { joinPages } from '../../../../../electron/core/import/pdf/import-pdf';
import { makePdf } from '../../../../helpers/pdf-writer';

// Made once with qpdf by tests/fixtures/import/make-encrypted-pdf.ts (AES-256, user password "secret").
const ENCRYPTED_PDF = join(__dirname, '..', '..', '..', '..', 'fixtures', 'import', 'encrypted.pdf');

describe('importDocument: PDF', () => {
  it('reads every page, joining lines into paragraphs, with the offset of each page', async () => {
    const pdf = makePdf(
      [
        [
          'Border report',
          '',
          'Fighters took the crossing at dawn on Tuesday, according to two local',
          'officials who spoke to reporters.',
          '',
          'The fighting lasted most of the day.',
        ],
        ['Second page opens here.'],
        ['Third page.'],
      ],
      { title: 'Border report (PDF)', author: 'Monitoring Desk' },
    );
    const document = await importDocument('report.pdf', pdf);
    expect(document.text).toBe(
      'Border report\n\nFighters took the crossing at dawn on Tuesday, according to two local officials who spoke to reporters.\n\nThe fighting lasted most of the day.\n\nSecond page opens here.\n\nThird page.',
    );
    expect(document.pageStarts).toHaveLength(3);
    expect(document.pageStarts![0]).toBe(0);
    expect(document.text.slice(document.pageStarts![1]!).startsWith('Second page opens here.')).toBe(true);
    expect(document.text.slice(document.pageStarts![2]!)).toBe('Third page.');
    expect(document).toMatchObject({ title: 'Border report (PDF)', byline: 'Monitoring Desk', html: null, mediaType: 'application/pdf', importer: 'pdf' });
  });

  it('leaves the title to the service when the PDF has none', async () => {
    expect((await importDocument('plain.pdf', makePdf([['Only text.']]))).title).toBeNull();
  });

  it('refuses an encrypted (password-protected) PDF clearly', async () => {
    await expect(importDocument('secret.pdf', readFileSync(ENCRYPTED_PDF))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: 'secret.pdf is encrypted (password-protected), so its text cannot be read. Save a copy without the password and import that.',
    });
  });

  it('refuses a corrupt PDF clearly', async () => {
    await expect(importDocument('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage \x00\x01\x02'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'broken.pdf is not a valid PDF (it is damaged, truncated or not a PDF at all), so it was not imported.',
    });
  });

  it('refuses a PDF cut off in the middle clearly', async () => {
    const whole = makePdf([['First page text.'], ['Second page text.']]);
    await expect(importDocument('cut.pdf', whole.subarray(0, Math.floor(whole.length / 2)))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'cut.pdf is not a valid PDF (it is damaged, truncated or not a PDF at all), so it was not imported.',
    });
  });

  it('refuses a PDF whose pages have no text layer', async () => {
    await expect(importDocument('scan.pdf', makePdf([[]]))).rejects.toMatchObject({
      message: expect.stringMatching(/^scan\.pdf has no text layer/),
    });
  });
});

describe('joinPages', () => {
  it('separates pages by a blank line and records where each starts', () => {
    expect(joinPages(['one', 'two'])).toEqual({ text: 'one\n\ntwo', pageStarts: [0, 5] });
  });

  it('gives an empty page the offset where the next text starts', () => {
    expect(joinPages(['', 'one', '', 'two', ''])).toEqual({ text: 'one\n\ntwo', pageStarts: [0, 0, 5, 5, 8] });
  });
});
