import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument, importPastedText } from '../../../../electron/core/import';
import { corpusPath } from '../../../helpers/corpus';

const ARTICLE = 'Crossing seized\nFighters took the crossing at dawn, officials said.\nThe fighting lasted most of the day.';

describe('importPastedText', () => {
  it('gives a 0-byte paste empty text (the service refuses it)', () => {
    expect(importPastedText('')).toMatchObject({ title: null, text: '', outlet: null, importer: 'paste' });
  });

  it('cleans a paste: title kept in the text, outlet and boilerplate out', () => {
    expect(importPastedText(`${ARTICLE}\nIB Times\nShare this\nLeave a Reply`)).toMatchObject({
      title: 'Crossing seized',
      outlet: 'IB Times',
      text: ARTICLE,
      html: null,
      mediaType: 'text/plain; charset=utf-8',
    });
  });
});

describe('importDocument: text and Markdown files', () => {
  const seed = corpusPath('seed', 'albu-kamal-pledge.txt');

  it.skipIf(!seed.exists)('imports the seed clipping with its title and outlet, without the comment form', async () => {
    const bytes = readFileSync(seed.path);
    const document = await importDocument('albu-kamal-pledge.txt', bytes);
    const firstLine = bytes.toString('utf8').split('\n')[0]!;
    expect(document).toMatchObject({ title: firstLine, outlet: 'IB Times', importer: 'text-file', mediaType: 'text/plain; charset=utf-8' });
    expect(document.text.startsWith(firstLine)).toBe(true);
    expect(document.text).not.toMatch(/IB Times|Leave a Reply|You must be logged in/);
    expect(document.text.endsWith('a caliphate, a proto-state that straddles Syria and Iraq.')).toBe(true);
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café report\nBody “quoted”.', 'utf16le')]);
    expect(await importDocument('report.txt', bytes)).toMatchObject({
      title: 'Café report',
      text: 'Café report\nBody “quoted”.',
      mediaType: 'text/plain; charset=utf-16le',
    });
  });

  it('decodes Windows-1252', async () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x93, 0x51, 0x94, 0x20, 0x97, 0x20, 0x35, 0x80]);
    expect(await importDocument('old.txt', bytes)).toMatchObject({ text: 'Café\n“Q” — 5€', mediaType: 'text/plain; charset=windows-1252' });
  });

  it('keeps Markdown as plain text, taking the title without its # marker', async () => {
    const markdown = '# Crossing seized\n\n*Fighters* took the [crossing](https://x.example).\n';
    expect(await importDocument('notes.md', Buffer.from(markdown))).toMatchObject({
      title: 'Crossing seized',
      text: markdown.trimEnd(),
      html: null,
      mediaType: 'text/markdown; charset=utf-8',
    });
  });

  it('refuses binary garbage renamed .txt', async () => {
    const garbage = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256));
    await expect(importDocument('photo.txt', garbage)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: 'photo.txt is not a text file (it holds binary data), so it was not imported.',
    });
  });

  it('refuses a file of blank space', async () => {
    await expect(importDocument('blank.txt', Buffer.from(' \n\t\n'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'blank.txt holds no text (only blank space), so it was not imported.',
    });
  });
});

describe('importDocument: Markdown clippings with front matter', () => {
  it('fills the fields from the front matter, which leaves the text', async () => {
    const markdown = `---\ntitle: Crossing seized\nsource: https://news.example/c\nauthor: "[[Jane Doe]]"\npublished: 2014-07-02\nsite: Border Monitor\ntags: [syria, border]\n---\n\nFighters took the crossing at dawn.\n`;
    expect(await importDocument('clip.md', Buffer.from(markdown, 'utf8'))).toMatchObject({
      title: 'Crossing seized',
      url: 'https://news.example/c',
      byline: 'Jane Doe',
      outlet: 'Border Monitor',
      publishedAt: '2014-07-02',
      tags: ['syria', 'border'],
      text: 'Fighters took the crossing at dawn.',
    });
  });

  it('keeps malformed front matter in the text and says so', async () => {
    const markdown = '---\ntitle: [unclosed\n---\nFighters took the crossing at dawn.\n';
    const document = await importDocument('clip.md', Buffer.from(markdown, 'utf8'));
    expect(document.text).toBe(markdown.trim());
    expect(document.warnings).toEqual([expect.stringMatching(/front matter could not be read/)]);
  });
});
