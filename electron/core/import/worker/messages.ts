// What the parse pool and its workers say to each other. Everything is plain data: errors travel
// as ApiError values, because a thrown NotebookError loses its class across the thread boundary.
import type { ApiError } from '../../../../shared/errors';
import type { ArrivalKeys } from '../../clippings/text-keys';
import type { HtmlImportSupport } from '../html/sanitise';
import type { ImportedDocument } from '../types';

/** `withKeys`: also compute the text's keys for storing (hash, shingles, MinHash, word count, SHA-256), here off the main thread. */
export type ParseJob =
  { kind: 'file'; fileName: string; bytes: Uint8Array; withKeys: boolean } | { kind: 'pasted-html'; html: string } | { kind: 'html-support' };

/** A file's document with its keys, as a 'file' job with `withKeys` answers; `bytes` are the file's, handed back. */
export interface KeyedDocument {
  document: ImportedDocument;
  keys: ArrivalKeys;
  bytes: Uint8Array;
}

export interface ParseRequest {
  id: number;
  job: ParseJob;
}

export type ParseValue = ImportedDocument | KeyedDocument | HtmlImportSupport;

export type ParseResponse = { id: number; heapUsedBytes: number } & ({ ok: true; value: ParseValue } | { ok: false; error: ApiError });
