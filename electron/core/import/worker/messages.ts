// What the parse pool and its workers say to each other. Everything is plain data: errors travel
// as ApiError values, because a thrown NotebookError loses its class across the thread boundary.
import type { ApiError } from '../../../../shared/errors';
import type { HtmlImportSupport } from '../html/sanitise';
import type { ImportedDocument } from '../types';

export type ParseJob = { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'pasted-html'; html: string } | { kind: 'html-support' };

export interface ParseRequest {
  id: number;
  job: ParseJob;
}

export type ParseValue = ImportedDocument | HtmlImportSupport;

export type ParseResponse = { id: number; heapUsedBytes: number } & ({ ok: true; value: ParseValue } | { ok: false; error: ApiError });
