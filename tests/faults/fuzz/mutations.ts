// Seeded mutations of a seed file: byte flips, truncation, insertion, duplication of a slice, and
// for zip-based files (docx) corruption inside one zip entry (its header or its compressed body).
export type MutationKind = 'flip' | 'truncate' | 'insert' | 'duplicate' | 'zip-entry';

export interface Mutation {
  kind: MutationKind;
  bytes: Buffer;
  /** What was done, to reproduce a failure by hand. */
  detail: string;
}

const GENERIC: MutationKind[] = ['flip', 'truncate', 'insert', 'duplicate'];

const below = (random: () => number, n: number) => Math.floor(random() * n);

function randomBytes(random: () => number, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => below(random, 256)));
}

function xorAt(bytes: Buffer, at: number, value: number): void {
  if (at < bytes.length) bytes[at] = bytes[at]! ^ value;
}

function flip(seed: Buffer, random: () => number): Mutation {
  const bytes = Buffer.from(seed);
  const count = 1 + below(random, 16);
  for (let i = 0; i < count; i++) xorAt(bytes, below(random, bytes.length), 1 + below(random, 255));
  return { kind: 'flip', bytes, detail: `${count} bytes flipped` };
}

function truncate(seed: Buffer, random: () => number): Mutation {
  const at = below(random, seed.length);
  return { kind: 'truncate', bytes: seed.subarray(0, at), detail: `cut at ${at} of ${seed.length}` };
}

function insert(seed: Buffer, random: () => number): Mutation {
  const at = below(random, seed.length + 1);
  const length = 1 + below(random, 512);
  return { kind: 'insert', bytes: Buffer.concat([seed.subarray(0, at), randomBytes(random, length), seed.subarray(at)]), detail: `${length} bytes at ${at}` };
}

function duplicate(seed: Buffer, random: () => number): Mutation {
  const from = below(random, seed.length);
  const length = 1 + below(random, Math.min(4096, seed.length - from));
  const at = below(random, seed.length + 1);
  const slice = seed.subarray(from, from + length);
  return {
    kind: 'duplicate',
    bytes: Buffer.concat([seed.subarray(0, at), slice, seed.subarray(at)]),
    detail: `${length} bytes from ${from} copied to ${at}`,
  };
}

/** Offsets of the zip's local file headers (PK\3\4). */
function localHeaders(zip: Buffer): number[] {
  const offsets: number[] = [];
  for (let at = zip.indexOf('PK\u0003\u0004', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\u0003\u0004', at + 4, 'latin1')) offsets.push(at);
  return offsets;
}

/** Damages one entry: a header field (sizes, method, name length) or bytes of its compressed body. */
function zipEntry(seed: Buffer, random: () => number): Mutation {
  const headers = localHeaders(seed);
  if (headers.length === 0) return flip(seed, random);
  const bytes = Buffer.from(seed);
  const header = headers[below(random, headers.length)]!;
  const nameLength = bytes.readUInt16LE(header + 26);
  const extraLength = bytes.readUInt16LE(header + 28);
  const bodyStart = header + 30 + nameLength + extraLength;
  const packedSize = bytes.readUInt32LE(header + 18);
  if (random() < 0.4 || packedSize === 0) {
    const fields = [8, 14, 18, 22, 26]; // method, crc, packed size, size, name length
    const field = fields[below(random, fields.length)]!;
    bytes.writeUInt16LE(below(random, 65536), header + field);
    return { kind: 'zip-entry', bytes, detail: `entry at ${header}: header field +${field} overwritten` };
  }
  const count = 1 + below(random, 8);
  for (let i = 0; i < count; i++) xorAt(bytes, bodyStart + below(random, Math.min(packedSize, bytes.length - bodyStart)), 1 + below(random, 255));
  return { kind: 'zip-entry', bytes, detail: `entry at ${header}: ${count} bytes of its body flipped` };
}

const MUTATE: Record<MutationKind, (seed: Buffer, random: () => number) => Mutation> = {
  flip,
  truncate,
  insert,
  duplicate,
  'zip-entry': zipEntry,
};

export function mutate(seed: Buffer, random: () => number, zip: boolean): Mutation {
  const kinds = zip ? [...GENERIC, 'zip-entry', 'zip-entry'] : GENERIC;
  return MUTATE[kinds[below(random, kinds.length)] as MutationKind](seed, random);
}
