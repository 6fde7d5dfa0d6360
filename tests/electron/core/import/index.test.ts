import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS, htmlImportSupport, importDocument } from '../../../../electron/core/import';
import { NotebookError } from '../../../../shared/errors';

describe('importDocument', () => {
  it('supports text, Markdown, web pages, PDF and Word documents', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']);
  });

  it('chooses the importer by extension, whatever its case', async () => {
    expect((await importDocument('NOTES.TXT', Buffer.from('Hello'))).importer).toBe('text-file');
  });

  it('refuses an unknown extension, naming what can be imported', async () => {
    await expect(importDocument('sheet.xlsx', Buffer.from('x'))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'fileName',
      message: `sheet.xlsx: .xlsx files cannot be imported; ${SUPPORTED_EXTENSIONS.join(', ')} files can.`,
    });
    await expect(importDocument('README', Buffer.from('x'))).rejects.toMatchObject({
      message: expect.stringMatching(/^README: files without an extension cannot/),
    });
  });

  it.each(SUPPORTED_EXTENSIONS)('refuses an empty %s file', async (extension) => {
    await expect(importDocument(`empty${extension}`, new Uint8Array(0))).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'contentBase64',
      message: `empty${extension} is empty (0 bytes), so it was not imported.`,
    });
  });

  it('throws only NotebookErrors, never a library’s own error', async () => {
    for (const name of ['x.pdf', 'x.docx', 'x.html', 'x.txt']) {
      const error = await importDocument(name, Buffer.from([0x00, 0x01, 0x02, 0xff])).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NotebookError);
      expect((error as NotebookError).message.startsWith(name)).toBe(true);
    }
  });
});

describe('htmlImportSupport', () => {
  it('reports HTML import as available here', async () => {
    expect((await htmlImportSupport()).available).toBe(true);
  });
});
