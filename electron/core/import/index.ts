// The importers by file type. Each turns bytes into an ImportedDocument or throws a
// NotebookError whose message names the file and says what is wrong with it. Every parse runs in
// a worker with a time limit and a memory cap (worker/), so one hostile file cannot take the
// process down or keep it from answering other calls.
import type { HtmlImportSupport } from './html/sanitise';
import type { ImportedDocument } from './types';
import { ParsePool, defaultPoolOptions } from './worker/parse-pool';
import type { KeyedDocument } from './worker/messages';
import { htmlImportSupportOn, importDocumentOn, importKeyedDocumentOn, importPastedHtmlOn } from './worker/pooled-import';

export type { ImportedDocument } from './types';
export type { HtmlImportSupport } from './html/sanitise';
export type { KeyedDocument } from './worker/messages';
export { importPastedText } from './plain-text';
export { SUPPORTED_EXTENSIONS } from './parse-document';

// Started on first use: most commands never import anything.
let pool: ParsePool | null = null;
const parsePool = () => (pool ??= new ParsePool(defaultPoolOptions()));

let support: Promise<HtmlImportSupport> | null = null;

/** Whether HTML can be imported safely here (DOMPurify works on jsdom); checked once, in a worker. */
export function htmlImportSupport(): Promise<HtmlImportSupport> {
  support ??= htmlImportSupportOn(parsePool());
  return support;
}

export function importDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  return importDocumentOn(parsePool(), fileName, bytes);
}

/** importDocument, with the keys for storing it computed in the worker as well (the main thread only stores). */
export function importKeyedDocument(fileName: string, bytes: Uint8Array): Promise<KeyedDocument> {
  return importKeyedDocumentOn(parsePool(), fileName, bytes);
}

/** HTML from the clipboard (a fragment or a whole page), sanitised as imported pages are. */
export function importPastedHtml(pasted: string): Promise<ImportedDocument> {
  return importPastedHtmlOn(parsePool(), pasted);
}
