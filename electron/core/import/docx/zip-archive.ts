// Reads a zip archive's central directory before anything unpacks it, and refuses archives that
// are not zips, are damaged, or would unpack to far more than they hold (zip bombs, including
// ones whose entries overlap or whose headers understate their sizes).
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Most bytes all entries together may unpack to. */
  maxTotalBytes: number;
  /** Most entries an archive may list. */
  maxEntries: number;
  /** Highest unpacked/packed ratio an entry may have once it is larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most bytes a named entry may unpack to (the parts a reader loads whole into memory). */
  maxEntryBytes: Record<string, number>;
}

const MiB = 1024 * 1024;

// mammoth holds word/document.xml as a DOM of about 30 times its size (150 MiB took 4.5 GB), so
// the text part is capped well inside the parse worker's memory cap.
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * MiB,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
  maxEntryBytes: { 'word/document.xml': 12 * MiB },
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Why an archive was refused; completes "<file name> …". */
export class ZipRefusal extends Error {
  override readonly name = 'ZipRefusal';
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly bytes: Buffer;

  private constructor(bytes: Buffer, entries: ZipEntry[]) {
    this.bytes = bytes;
    this.entries = entries;
  }

  /** Reads the directory, checks it against the limits, and unpacks every entry once (bounded) to prove the sizes true. */
  static open(input: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipArchive {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const { entries, directoryOffset } = readCentralDirectory(bytes, limits);
    checkSizes(entries, limits);
    checkLayout(bytes, entries, directoryOffset);
    const archive = new ZipArchive(bytes, entries);
    for (const entry of entries) archive.unpack(entry);
    return archive;
  }

  has(name: string): boolean {
    return this.entries.some((entry) => entry.name === name);
  }

  /** An entry's bytes, or null when the archive has no such entry. */
  read(name: string): Buffer | null {
    const entry = this.entries.find((candidate) => candidate.name === name);
    return entry === undefined ? null : this.unpack(entry);
  }

  private unpack(entry: ZipEntry): Buffer {
    const header = entry.localHeaderOffset;
    if (header + 30 > this.bytes.length || this.bytes.readUInt32LE(header) !== LOCAL_SIGNATURE) {
      throw new ZipRefusal(`is damaged (the entry ${entry.name} is missing).`);
    }
    const start = header + 30 + this.bytes.readUInt16LE(header + 26) + this.bytes.readUInt16LE(header + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipRefusal(`is damaged or truncated (the entry ${entry.name} runs past its end).`);
    const packed = this.bytes.subarray(start, end);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.size) throw new ZipRefusal(`is damaged (the entry ${entry.name} has inconsistent sizes).`);
      return packed;
    }
    if (entry.method !== DEFLATED) throw new ZipRefusal(`uses a compression method (${entry.method}) that Word documents do not use.`);
    let unpacked: Buffer;
    try {
      // One byte more than declared: an entry that unpacks to more than its header says is refused.
      unpacked = inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipRefusal(`is refused: its entry ${entry.name} unpacks to more than its header declares (a zip bomb).`);
      }
      throw new ZipRefusal(`is damaged (the entry ${entry.name} cannot be unpacked).`);
    }
    if (unpacked.length !== entry.size) throw new ZipRefusal(`is damaged (the entry ${entry.name} has the wrong size).`);
    return unpacked;
  }
}

function readCentralDirectory(bytes: Buffer, limits: ZipLimits): { entries: ZipEntry[]; directoryOffset: number } {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd === -1) throw new ZipRefusal('is not a zip archive (or it is cut short), so it cannot be a Word (.docx) document.');
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  // Where the directory must end: at the end record, or at the zip64 end record before it.
  let directoryEnd = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset, end: directoryEnd } = readZip64End(bytes, eocd));
  }
  // Other readers (mammoth's among them) take a gap before the end record as data prepended to the
  // archive and read a different directory there: one archive, two contents. Only one is allowed.
  if (offset + size !== directoryEnd) {
    throw new ZipRefusal('is refused: its zip directory is not where its end record says (a disguised archive?), so it was not imported.');
  }
  if (count > limits.maxEntries) throw new ZipRefusal(`is refused: it lists ${count} files, more than a Word document holds (a zip bomb?).`);
  if (offset + size > bytes.length) throw new ZipRefusal('is damaged or truncated (its zip directory is incomplete).');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw new ZipRefusal('is damaged (its zip directory is corrupt).');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== directoryEnd) throw new ZipRefusal('is refused: its zip directory holds more or less than its end record says, so it was not imported.');
  return { entries, directoryOffset: offset };
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readZip64End(bytes: Buffer, eocd: number): { count: number; size: number; offset: number; end: number } {
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipRefusal('is damaged (its zip directory is corrupt).');
  }
  const end = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (end + 56 > bytes.length || bytes.readUInt32LE(end) !== ZIP64_EOCD_SIGNATURE) {
    throw new ZipRefusal('is damaged (its zip directory is corrupt).');
  }
  return {
    count: safeNumber(bytes.readBigUInt64LE(end + 32)),
    size: safeNumber(bytes.readBigUInt64LE(end + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(end + 48)),
    end,
  };
}

/** Sizes of 0xFFFFFFFF are given in the zip64 extra field (id 0x0001), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw new ZipRefusal('is damaged (its zip directory is corrupt).');
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * The entries' bodies lie one after another from the archive's first byte up to the directory,
 * each under the name its directory entry gives: nothing prepended, nothing shared or hidden.
 */
function checkLayout(bytes: Buffer, entries: ZipEntry[], directoryOffset: number): void {
  const ordered = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const entry of ordered) {
    if (entry.localHeaderOffset !== expected) {
      throw new ZipRefusal(
        entry.localHeaderOffset < expected
          ? `is refused: its entry ${entry.name} overlaps another (a zip bomb?), so it was not imported.`
          : 'is refused: it holds data its zip directory does not list (a disguised archive?), so it was not imported.',
      );
    }
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_SIGNATURE) throw new ZipRefusal(`is damaged (the entry ${entry.name} is missing).`);
    const nameLength = bytes.readUInt16LE(header + 26);
    const localName = bytes.toString('utf8', header + 30, header + 30 + nameLength);
    if (localName !== entry.name) throw new ZipRefusal(`is refused: its entry ${entry.name} goes by another name inside the archive, so it was not imported.`);
    expected = header + 30 + nameLength + bytes.readUInt16LE(header + 28) + entry.compressedSize + dataDescriptorLength(bytes, header);
  }
  if (expected > directoryOffset) throw new ZipRefusal('is damaged or truncated (an entry runs into the zip directory).');
  if (expected < directoryOffset) {
    throw new ZipRefusal('is refused: it holds data its zip directory does not list (a disguised archive?), so it was not imported.');
  }
}

/** Bit 3 of the flags: sizes follow the data in a descriptor (12 or 16 bytes, with or without its signature). */
function dataDescriptorLength(bytes: Buffer, header: number): number {
  if ((bytes.readUInt16LE(header + 6) & 0x08) === 0) return 0;
  const at = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28) + bytes.readUInt32LE(header + 18);
  return at + 4 <= bytes.length && bytes.readUInt32LE(at) === 0x08074b50 ? 16 : 12;
}

function checkSizes(entries: ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new ZipRefusal(`is refused: it would unpack to more than ${formatMiB(limits.maxTotalBytes)} (a zip bomb?).`);
    }
    if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio) {
      throw new ZipRefusal(
        `is refused: its entry ${entry.name} would unpack to ${Math.round(entry.size / Math.max(entry.compressedSize, 1))} times its packed size (a zip bomb?).`,
      );
    }
    const cap = limits.maxEntryBytes[entry.name];
    if (cap !== undefined && entry.size > cap) {
      throw new ZipRefusal(
        `is refused: its ${entry.name} would unpack to ${formatMiB(entry.size)}; a document may hold at most ${formatMiB(cap)} of it, as more could exhaust memory. Split the document into smaller files (or save it as plain text) and import those.`,
      );
    }
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipRefusal('is damaged (its zip directory gives impossible sizes).');
  return Number(value);
}

/** Sizes in MiB, never rounded down into "N MiB; at most N MiB". */
function formatMiB(bytes: number): string {
  const mib = bytes / MiB;
  return `${Number.isInteger(mib) ? mib : (Math.ceil(mib * 10) / 10).toFixed(1)} MiB`;
}
