import { describe, expect, it } from 'vitest';
import { ZipArchive, ZipRefusal, type ZipLimits } from '../../../../../electron/core/import/docx/zip-archive';
import { makeZip } from '../../../../helpers/zip-writer';

const SMALL_LIMITS: ZipLimits = { maxTotalBytes: 10_000, maxEntries: 3, maxRatio: 10, ratioFloorBytes: 1_000, maxEntryBytes: {} };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipRefusal) return error.message;
    throw error;
  }
  throw new Error('expected a ZipRefusal');
}

describe('ZipArchive', () => {
  it('lists and reads stored and deflated entries', () => {
    const archive = ZipArchive.open(
      makeZip([
        { name: 'a.txt', data: 'stored', store: true },
        { name: 'dir/b.xml', data: '<x>deflated</x>' },
      ]),
    );
    expect(archive.entries.map((entry) => entry.name)).toEqual(['a.txt', 'dir/b.xml']);
    expect(archive.read('a.txt')?.toString()).toBe('stored');
    expect(archive.read('dir/b.xml')?.toString()).toBe('<x>deflated</x>');
    expect(archive.read('missing')).toBeNull();
    expect(archive.has('dir/b.xml')).toBe(true);
  });

  it('refuses bytes without a zip directory', () => {
    expect(refusal(() => ZipArchive.open(Buffer.from('not a zip')))).toBe(
      'is not a zip archive (or it is cut short), so it cannot be a Word (.docx) document.',
    );
  });

  it('refuses more entries than the limit', () => {
    const zip = makeZip(['a', 'b', 'c', 'd'].map((name) => ({ name, data: name })));
    expect(refusal(() => ZipArchive.open(zip, SMALL_LIMITS))).toMatch(/lists 4 files/);
  });

  it('refuses a total unpacked size over the limit, from the directory alone', () => {
    const zip = makeZip([
      { name: 'a', data: 'x'.repeat(6_000), store: true },
      { name: 'b', data: 'y'.repeat(6_000), store: true },
    ]);
    expect(refusal(() => ZipArchive.open(zip, SMALL_LIMITS))).toMatch(/would unpack to more than/);
  });

  it('refuses an absurd compression ratio only above the size floor', () => {
    expect(() => ZipArchive.open(makeZip([{ name: 'small', data: Buffer.alloc(900) }]), SMALL_LIMITS)).not.toThrow();
    expect(refusal(() => ZipArchive.open(makeZip([{ name: 'big', data: Buffer.alloc(5_000) }]), SMALL_LIMITS))).toMatch(/times its packed size/);
  });

  it('refuses an entry whose data is cut short', () => {
    const zip = makeZip([{ name: 'a', data: 'x'.repeat(500), store: true }]);
    // Drop bytes from the entry's body but keep the directory intact.
    const cut = Buffer.concat([zip.subarray(0, 100), zip.subarray(400)]);
    const directoryOffset = cut.readUInt32LE(cut.length - 6);
    cut.writeUInt32LE(directoryOffset - 300, cut.length - 6);
    expect(refusal(() => ZipArchive.open(cut))).toMatch(/damaged/);
  });
});
