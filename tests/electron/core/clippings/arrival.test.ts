// clippings.importFile through the real core: the bytes that arrived are kept exactly.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../shared/limits';
import { errorOf, openTempCore, sha256Hex, storedClipping, valueOf } from '../../../helpers/temp-library';

function originalBytes(libraryPath: string, sha256: string): Buffer {
  const db = new Database(libraryPath, { readonly: true });
  try {
    return (db.prepare('SELECT bytes FROM originals WHERE sha256 = ?').pluck().get(sha256) as Buffer) ?? Buffer.alloc(0);
  } finally {
    db.close();
  }
}

const importFile = (core: ReturnType<typeof openTempCore>, fileName: string, bytes: Buffer | string) =>
  core.dispatch('clippings.importFile', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });

describe('clippings.importFile', () => {
  it('imports a UTF-8 .txt file, keeping its name and its exact bytes', async () => {
    const core = openTempCore();
    const bytes = Buffer.from('\ufeffEmbassy cable\r\nThe ambassador met the minister.\r\n', 'utf8');
    const clipping = storedClipping(await importFile(core, 'cable 1.txt', bytes));
    expect(clipping).toMatchObject({
      title: 'Embassy cable',
      text: 'Embassy cable\nThe ambassador met the minister.',
      sha256: sha256Hex(bytes),
      sourceName: 'cable 1.txt',
      importer: 'text-file',
    });
    core.close();
    expect(originalBytes(core.libraryPath, clipping.sha256).equals(bytes)).toBe(true);
  });

  it('imports a Windows-1252 .md file and an upper-case .TXT', async () => {
    const core = openTempCore();
    const cp1252 = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x0a]);
    const clipping = storedClipping(await importFile(core, 'notes.md', cp1252));
    expect(clipping.text).toBe('“Café”');
    expect(clipping.sha256).toBe(sha256Hex(cp1252));
    expect(storedClipping(await importFile(core, 'LOUD.TXT', 'Shouted text'))).toMatchObject({ sourceName: 'LOUD.TXT' });
  });

  it('reports the same file imported twice as a duplicate, storing it once', async () => {
    const core = openTempCore();
    const a = storedClipping(await importFile(core, 'a.txt', 'same bytes'));
    expect(valueOf(await importFile(core, 'b.txt', 'same bytes'))).toEqual({ clipping: null, duplicateOf: a.id, nearDuplicateOf: null });
    expect((valueOf(await core.dispatch('clippings.list', {})) as { total: number }).total).toBe(1);
  });

  it.each(['report.xyz', 'no-extension', 'photo.png'])('refuses %s as invalid_input on fileName', async (fileName) => {
    const core = openTempCore();
    const error = errorOf(await importFile(core, fileName, 'text'));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'fileName' });
    expect(error.message).toContain(fileName);
  });

  it('refuses binary content in a .txt file', async () => {
    const core = openTempCore();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = errorOf(await importFile(core, 'image.txt', png));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'contentBase64' });
    expect(error.message).toMatch(/binary/);
  });

  it.each(['not base64!', 'abc', 'ab=c', '===='])('refuses bad base64 %j', async (contentBase64) => {
    const core = openTempCore();
    const error = errorOf(await core.dispatch('clippings.importFile', { fileName: 'a.txt', contentBase64 }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'contentBase64' });
  });

  it('refuses an empty or blank file, pointing at its content', async () => {
    const core = openTempCore();
    expect(errorOf(await importFile(core, 'empty.txt', ''))).toMatchObject({ code: 'invalid_input', field: 'contentBase64' });
    expect(errorOf(await importFile(core, 'blank.txt', ' \r\n\t'))).toMatchObject({ code: 'invalid_input', field: 'contentBase64' });
  });

  it('refuses a file one byte over MAX_FILE_BYTES before decoding it, saying by how much', async () => {
    const core = openTempCore();
    expect((MAX_FILE_BYTES + 1) % 3).toBe(0); // so this base64 decodes to exactly MAX_FILE_BYTES + 1 bytes
    const contentBase64 = 'A'.repeat(((MAX_FILE_BYTES + 1) / 3) * 4);
    const error = errorOf(await core.dispatch('clippings.importFile', { fileName: 'huge.txt', contentBase64 }));
    expect(error).toMatchObject({ code: 'too_large', field: 'contentBase64' });
    expect(error.message).toBe('huge.txt is 32 MiB + 1 byte; a file may be at most 32 MiB (MAX_FILE_BYTES).');
  });

  it('writes nothing when an import is refused', async () => {
    const core = openTempCore();
    await importFile(core, 'image.txt', Buffer.from([0, 1, 2, 3, 0, 0]));
    await importFile(core, 'report.xyz', 'x');
    expect((valueOf(await core.dispatch('library.info', {})) as { clippingCount: number }).clippingCount).toBe(0);
  });
});
