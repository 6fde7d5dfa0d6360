// How bulk imports split files into clippings.importFiles calls, for every door that sends them:
// by count and by total size, in order, never splitting a file. A file over the size limit goes
// alone; MAX_FILE_BYTES keeps even that one call under MAX_REQUEST_BYTES (see worstCaseRequestBytes).
import { MAX_FILE_BYTES } from './limits';

export interface BatchLimits {
  /** Most files in one call. */
  files: number;
  /** Most bytes (of the files, before base64) in one call holding more than one file. */
  bytes: number;
}

const MiB = 1024 * 1024;

/**
 * The CLI: enough files to share one commit (each commit writes a new full-text segment that later
 * merges rewrite: 100 files a call took a fifth less CPU than 50), few enough bytes to hold in memory.
 */
export const CLI_IMPORT_BATCH: BatchLimits = { files: 100, bytes: 8 * MiB };

/** The page: small, so progress moves often and Cancel (which waits for the call in flight) is prompt. */
export const PAGE_IMPORT_BATCH: BatchLimits = { files: 10, bytes: 2 * MiB };

/** What a batch being filled holds so far. */
export interface BatchTally {
  files: number;
  bytes: number;
}

/** Whether a file of `nextBytes` must open a new batch instead of joining `batch`. */
export function startsNewBatch(batch: BatchTally, nextBytes: number, limits: BatchLimits): boolean {
  if (batch.files === 0) return false;
  return batch.files >= limits.files || batch.bytes + nextBytes > limits.bytes;
}

/** How many of the leading `sizes` (bytes per file, in order) make up the next batch; 0 for none. */
export function nextBatchLength(sizes: readonly number[], limits: BatchLimits): number {
  const tally: BatchTally = { files: 0, bytes: 0 };
  for (const size of sizes) {
    if (startsNewBatch(tally, size, limits)) break;
    tally.files += 1;
    tally.bytes += size;
  }
  return tally.files;
}

/** Longest file name the contract accepts, and the most bytes one character takes as escaped JSON (\uXXXX). */
const MAX_FILE_NAME_CHARS = 1000;
const MAX_JSON_BYTES_PER_CHAR = 6;
/** `{"fileName":"","contentBase64":""},` around each file, and `{"files":[]}` around them all. */
const JSON_BYTES_PER_FILE = 40;
const JSON_BYTES_PER_CALL = 20;

/** The request body of a call holding files of these sizes (bytes before base64), at its largest. */
export function largestRequestBytes(sizes: readonly number[]): number {
  const perFile = (size: number) => Math.ceil(size / 3) * 4 + MAX_FILE_NAME_CHARS * MAX_JSON_BYTES_PER_CHAR + JSON_BYTES_PER_FILE;
  return JSON_BYTES_PER_CALL + sizes.reduce((sum, size) => sum + perFile(size), 0);
}

/**
 * The largest request these limits can make: a full batch of the most bytes spread over the most
 * files, or one file of MAX_FILE_BYTES alone. Every door refuses a body over MAX_REQUEST_BYTES.
 */
export function worstCaseRequestBytes(limits: BatchLimits): number {
  const full = Array.from({ length: limits.files }, () => limits.bytes / limits.files);
  return Math.max(largestRequestBytes(full), largestRequestBytes([MAX_FILE_BYTES]));
}
