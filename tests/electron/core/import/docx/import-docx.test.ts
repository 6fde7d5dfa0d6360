import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../electron/core/import';
import { makeDocx } from '../../../../helpers/docx-builder';
import { makeZip } from '../../../../helpers/zip-writer';
import { unsafeMarkup } from '../html/unsafe-markup';

const MiB = 1024 * 1024;

describe('importDocument: Word documents', () => {
  it('keeps headings and paragraphs, and makes links inert text that shows their URL', async () => {
    const docx = makeDocx(
      [
        { heading: 1, text: 'Border report' },
        { paragraph: ['Fighters took the crossing, according to ', { link: 'https://monitor.example/report?id=7', text: 'the monitor' }, '.'] },
        { heading: 2, text: 'Background' },
        { paragraph: ['The groups had fought for months.'] },
      ],
      { title: 'Border report (docx)', creator: 'Monitoring Desk' },
    );
    const document = await importDocument('report.docx', docx);
    expect(document.html).toBe(
      '<h1>Border report</h1><p>Fighters took the crossing, according to <span class="inert-link" data-url="https://monitor.example/report?id=7">the monitor</span>.</p>' +
        '<h2>Background</h2><p>The groups had fought for months.</p>',
    );
    expect(document.text).toBe('Border report\n\nFighters took the crossing, according to the monitor.\n\nBackground\n\nThe groups had fought for months.');
    expect(unsafeMarkup(document.html!)).toEqual([]);
    expect(document).toMatchObject({
      title: 'Border report (docx)',
      byline: 'Monitoring Desk',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      importer: 'docx',
    });
  });

  it('takes the first heading as title when the document has no title property', async () => {
    expect((await importDocument('a.docx', makeDocx([{ heading: 1, text: 'Heading title' }, { paragraph: ['Body.'] }]))).title).toBe('Heading title');
  });

  it('refuses a .docx that is not a zip', async () => {
    await expect(importDocument('letter.docx', Buffer.from('This is plain text, not a Word document.'))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: 'letter.docx is not a zip archive (or it is cut short), so it cannot be a Word (.docx) document.',
    });
  });

  it('refuses a zip that is not a Word document', async () => {
    await expect(importDocument('photos.docx', makeZip([{ name: 'a.txt', data: 'hello' }]))).rejects.toMatchObject({
      message: 'photos.docx is a zip archive but not a Word document (it has no word/document.xml), so it was not imported.',
    });
  });

  it('refuses a zip bomb: one highly compressed entry', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(24 * MiB) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(importDocument('bomb.docx', bomb)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^bomb\.docx is refused: its entry word\/document\.xml would unpack to \d+ times its packed size \(a zip bomb\?\)\.$/),
    });
  });

  it('refuses a zip bomb: overlapping entries that share one body', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(4 * MiB, 'a') }], { overlappingCopies: 60 });
    await expect(importDocument('overlap.docx', bomb)).rejects.toMatchObject({
      message: 'overlap.docx is refused: it would unpack to more than 100 MiB (a zip bomb?).',
    });
  });

  it('refuses a zip bomb: an entry that unpacks to more than its header says', async () => {
    const liar = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(2 * MiB), declaredSize: 1000 }]);
    await expect(importDocument('liar.docx', liar)).rejects.toMatchObject({
      message: 'liar.docx is refused: its entry word/document.xml unpacks to more than its header declares (a zip bomb).',
    });
  });

  it('refuses a truncated .docx clearly', async () => {
    const docx = makeDocx([{ paragraph: ['Text.'] }]);
    await expect(importDocument('cut.docx', docx.subarray(0, docx.length - 30))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'cut.docx is not a zip archive (or it is cut short), so it cannot be a Word (.docx) document.',
    });
  });

  it('refuses a Word document whose XML is broken', async () => {
    const broken = makeZip([{ name: 'word/document.xml', data: '<w:document><w:body><w:p>' }]);
    await expect(importDocument('broken.docx', broken)).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'broken.docx is a damaged Word document (its contents could not be read), so it was not imported.',
    });
  });
});
