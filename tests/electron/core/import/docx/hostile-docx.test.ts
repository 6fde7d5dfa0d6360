// Word documents built to exhaust a reader: a text part far too large for mammoth's DOM, and an
// archive with a second, hidden zip directory that mammoth's zip reader would read instead of ours.
import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../../electron/core/import';
import { DOCX_ZIP_LIMITS, ZipArchive, ZipRefusal } from '../../../../../electron/core/import/docx/zip-archive';
import { makeDocx } from '../../../../helpers/docx-builder';
import { seededRandom } from '../../../../helpers/seeded-random';

const MiB = 1024 * 1024;
const EOCD_SIGNATURE = 0x06054b50;

/** A docx whose word/document.xml is `targetBytes` of small paragraphs of varied numbers (so it compresses only ~10:1). */
function docxWithLargeText(targetBytes: number): Buffer {
  const random = seededRandom(10);
  const paragraphs: Array<{ paragraph: string[] }> = [];
  for (let size = 0; size < targetBytes; size += 80) {
    paragraphs.push({ paragraph: [`${Math.floor(random() * 1e9)} ${Math.floor(random() * 1e9)}`] });
  }
  return makeDocx(paragraphs);
}

function refusal(bytes: Buffer): string {
  try {
    ZipArchive.open(bytes);
  } catch (error) {
    if (error instanceof ZipRefusal) return error.message;
    throw error;
  }
  throw new Error('expected a ZipRefusal');
}

/** Raw deflate of `mebibytes` MiB of zeros, built from one flushed block repeated (about 1 KiB per MiB). */
function deflatedZeros(mebibytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

/**
 * A real docx with, between its entries and its directory, an unlisted entry of 2 GiB of zeros;
 * after its directory a second one, the same but for word/document.xml, which names the bomb; and
 * an end record giving the first directory's offset and the second's size. A reader that trusts the offset sees the
 * small document; JSZip (mammoth's reader) sees the gap the second directory makes, takes it for
 * data prepended to the archive, and reads the second directory.
 */
function disguisedBomb(): Buffer {
  const honest = makeDocx([{ paragraph: ['A short and harmless report.'] }]);
  const eocd = honest.length - 22;
  const count = honest.readUInt16LE(eocd + 10);
  const directoryAt = honest.readUInt32LE(eocd + 16);
  const directory = honest.subarray(directoryAt, eocd);
  const name = Buffer.from('word/document.xml');
  const body = deflatedZeros(2047);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(2047 * MiB, 22);
  local.writeUInt16LE(name.length, 26);
  const bomb = Buffer.concat([local, name, body]);
  // Padding as long as a directory goes first, so that every offset JSZip reads, less the gap it
  // takes for prepended data, is still an offset into the file.
  const padding = Buffer.alloc(directory.length);
  const first = Buffer.from(directory);
  const second = Buffer.from(directory);
  for (let at = 0, index = 0; index < count; index++) {
    const nameLength = first.readUInt16LE(at + 28);
    first.writeUInt32LE(first.readUInt32LE(at + 42) + padding.length, at + 42);
    if (second.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml') {
      second.writeUInt32LE(body.length, at + 20);
      second.writeUInt32LE(2047 * MiB, at + 24);
      second.writeUInt32LE(directoryAt, at + 42); // the bomb, once the gap is taken off
    }
    at += 46 + nameLength + first.readUInt16LE(at + 30) + first.readUInt16LE(at + 32);
  }
  const end = Buffer.from(honest.subarray(eocd));
  end.writeUInt32LE(padding.length + directoryAt + bomb.length, 16); // the first directory
  return Buffer.concat([padding, honest.subarray(0, directoryAt), bomb, first, second, end]);
}

describe('hostile Word documents', () => {
  it('refuses a word/document.xml too large to read, before anything unpacks it', async () => {
    const docx = docxWithLargeText(16 * MiB);
    expect(docx.length).toBeLessThan(8 * MiB); // well inside the file and zip-bomb limits
    expect(refusal(docx)).toMatch(/^is refused: its word\/document\.xml would unpack to 1\d\.\d MiB; a document may hold at most 12 MiB of it/);
    await expect(importDocument('huge.docx', docx)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^huge\.docx is refused: its word\/document\.xml would unpack to .*Split the document into smaller files/),
    });
  });

  it('still imports a long document (1 MiB of text, under the 12 MiB cap)', async () => {
    expect(DOCX_ZIP_LIMITS.maxEntryBytes['word/document.xml']).toBe(12 * MiB);
    const document = await importDocument('long.docx', docxWithLargeText(MiB));
    expect(document.text.split('\n\n').length).toBeGreaterThan(10_000);
  });

  it('refuses an archive whose end record points at one directory and measures another', async () => {
    const bomb = disguisedBomb();
    expect(bomb.length).toBeLessThan(3 * MiB);
    expect(() => ZipArchive.open(bomb, { ...DOCX_ZIP_LIMITS })).toThrow(ZipRefusal);
    expect(bomb.readUInt32LE(bomb.length - 22)).toBe(EOCD_SIGNATURE);
    // What mammoth's zip reader makes of it: a Word document whose text unpacks to 2 GiB.
    const seenByJsZip = await JSZip.loadAsync(bomb);
    const hidden = seenByJsZip.file('word/document.xml') as unknown as { _data: { uncompressedSize: number } };
    expect(hidden._data.uncompressedSize).toBe(2047 * MiB);

    expect(refusal(bomb)).toBe('is refused: its zip directory is not where its end record says (a disguised archive?), so it was not imported.');
    await expect(importDocument('disguised.docx', bomb)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^disguised\.docx is refused/),
    });
  });

  it('refuses data prepended to an archive, and data hidden between its entries and its directory', () => {
    const honest = makeDocx([{ paragraph: ['A short and harmless report.'] }]);
    expect(() => ZipArchive.open(honest)).not.toThrow();
    const prepended = Buffer.concat([Buffer.from('#!/bin/sh\n'), honest]);
    expect(refusal(prepended)).toMatch(/zip directory is not where its end record says|holds data its zip directory does not list/);
    const eocd = honest.length - 22;
    const directory = honest.readUInt32LE(eocd + 16);
    const hidden = Buffer.concat([honest.subarray(0, directory), Buffer.from('hidden'), honest.subarray(directory)]);
    hidden.writeUInt32LE(directory + 6, hidden.length - 6);
    expect(refusal(hidden)).toBe('is refused: it holds data its zip directory does not list (a disguised archive?), so it was not imported.');
  });
});
