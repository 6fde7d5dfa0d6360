// The importers' entry points run on a parse pool: the job goes to a worker, and a worker that
// went over a limit or died becomes one clear error about the file (or the paste) it was reading.
import { NotebookError } from '../../../../shared/errors';
import { badFile } from '../file-error';
import type { HtmlImportSupport } from '../html/sanitise';
import { checkImportable } from '../parse-document';
import type { ImportedDocument } from '../types';
import type { KeyedDocument } from './messages';
import type { ParseOutcome, ParsePool } from './parse-pool';

export async function importDocumentOn(pool: ParsePool, fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  return (await parseFileOn(pool, fileName, bytes, false)) as ImportedDocument;
}

/**
 * The document and, computed in the worker too, the keys storing it needs, with the file's bytes
 * handed back (to store as the original). The bytes are handed over, not copied, when they own
 * their whole buffer (a large file's decoded base64 does): then `bytes` is left empty (detached)
 * and only the returned copy exists, so a 20 MB file is not held twice while it is parsed.
 */
export async function importKeyedDocumentOn(pool: ParsePool, fileName: string, bytes: Uint8Array): Promise<KeyedDocument> {
  checkImportable(fileName, bytes);
  const handed = ownsItsBuffer(bytes) ? bytes : new Uint8Array(bytes);
  return (await parseOn(pool, fileName, handed, true)) as KeyedDocument;
}

async function parseFileOn(pool: ParsePool, fileName: string, bytes: Uint8Array, withKeys: boolean): Promise<ImportedDocument | KeyedDocument> {
  checkImportable(fileName, bytes);
  // The caller keeps its bytes, so the worker gets one exact copy, transferred rather than cloned a second time.
  return parseOn(pool, fileName, new Uint8Array(bytes), withKeys);
}

/** `bytes` must own their whole buffer: it is transferred to the worker (detached here). */
async function parseOn(pool: ParsePool, fileName: string, bytes: Uint8Array, withKeys: boolean): Promise<ImportedDocument | KeyedDocument> {
  const outcome = await pool.run({ kind: 'file', fileName, bytes, withKeys }, [bytes.buffer as ArrayBuffer]);
  return documentOrThrow(outcome, (problem) => badFile(fileName, problem));
}

/** Not a view into a shared buffer (Node's small Buffers share a pool): transferring it detaches nothing else. */
function ownsItsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength && bytes.buffer instanceof ArrayBuffer;
}

export async function importPastedHtmlOn(pool: ParsePool, html: string): Promise<ImportedDocument> {
  const outcome = await pool.run({ kind: 'pasted-html', html });
  return documentOrThrow(outcome, (problem) => new NotebookError('invalid_input', `The pasted HTML ${problem}`, 'html')) as ImportedDocument;
}

export async function htmlImportSupportOn(pool: ParsePool): Promise<HtmlImportSupport> {
  const outcome = await pool.run({ kind: 'html-support' });
  if (outcome.ok) return outcome.value as HtmlImportSupport;
  const why = 'error' in outcome ? outcome.error.message : `${outcome.overLimit}: ${outcome.detail}`;
  return { available: false, reason: `the HTML reader could not start (${why}).` };
}

function documentOrThrow(outcome: ParseOutcome, refuse: (problem: string) => NotebookError): ImportedDocument | KeyedDocument {
  if (outcome.ok) return outcome.value as ImportedDocument | KeyedDocument;
  if ('error' in outcome) throw new NotebookError(outcome.error.code, outcome.error.message, outcome.error.field);
  throw refuse(overLimitProblem(outcome.overLimit, outcome.detail));
}

/** Completes "<file name> …" for a worker that went over a limit or died. */
export function overLimitProblem(limit: 'time' | 'memory' | 'crash', detail: string): string {
  const simpler = 'so it was not imported (the rest of the import goes on). Save it in a simpler form — plain text, or smaller parts — and import that.';
  if (limit === 'time') return `is too complex to import safely (reading it took longer than ${detail}, the limit for one file), ${simpler}`;
  if (limit === 'memory') return `is too complex to import safely (reading it needed more than ${detail} of memory, the limit for one file), ${simpler}`;
  return `could not be imported: its reader stopped unexpectedly (${detail}), ${simpler}`;
}
