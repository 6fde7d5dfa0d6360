// A small zip writer for importer tests (stored or deflated entries, honest or lying sizes, entries
// that share one body as the overlapping zip bombs do), so tests build the archives they need.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFileSpec {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Header sizes to write instead of the true ones (a lying archive). */
  declaredSize?: number;
}

export interface ZipOptions {
  /** Extra central-directory entries that all point at the first entry's body (an overlapping bomb). */
  overlappingCopies?: number;
}

export function makeZip(files: ZipFileSpec[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const data = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
    const packed = file.store ? data : deflateRawSync(data);
    const entry = {
      name: Buffer.from(file.name, 'utf8'),
      method: file.store ? 0 : 8,
      crc: crc32(data),
      packedSize: packed.length,
      size: file.declaredSize ?? data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.packedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    locals.push(local, entry.name, packed);
    centrals.push(centralEntry(entry, offset));
    if (centrals.length === 1) {
      for (let copy = 1; copy <= (options.overlappingCopies ?? 0); copy++) {
        centrals.push(centralEntry({ ...entry, name: Buffer.from(`${file.name}.${copy}`, 'utf8') }, offset));
      }
    }
    offset += local.length + entry.name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function centralEntry(entry: { name: Buffer; method: number; crc: number; packedSize: number; size: number }, offset: number): Buffer {
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(entry.method, 10);
  central.writeUInt32LE(entry.crc, 16);
  central.writeUInt32LE(entry.packedSize, 20);
  central.writeUInt32LE(entry.size, 24);
  central.writeUInt16LE(entry.name.length, 28);
  central.writeUInt32LE(offset, 42);
  return Buffer.concat([central, entry.name]);
}
