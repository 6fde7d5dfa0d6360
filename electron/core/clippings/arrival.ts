// How a clipping arrives: pasted (text or HTML) or imported from a file, turned into a document by
// the importers, and stored unless its text is already in the library. Storing is one transaction.
import { createHash, randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ImportResult } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, MAX_TITLE_CHARS, formatBytes, utf8ByteLength } from '../../../shared/limits';
import { countWords, titleFromText } from '../../../shared/text';
import type { CoreContext } from '../context';
import { htmlImportSupport, importDocument, importPastedHtml, importPastedText, type ImportedDocument } from '../import';
import { createDuplicateIndex, textKeys } from './duplicates';

interface Arrival {
  document: ImportedDocument;
  bytes: Uint8Array;
  sourceName: string | null;
  title: string | undefined;
}

interface Stored {
  id: string | null;
  duplicateOf: string | null;
  nearDuplicateOf: string | null;
}

const EMPTY_PASTE = 'The clipping is empty: paste or type its text.';

/** `read` gives back a stored clipping as the contract returns it. */
export function createArrivals({ stores, clock, write }: CoreContext, read: (id: string) => NonNullable<ImportResult['clipping']>) {
  const duplicates = createDuplicateIndex(stores.clippings);

  /** Stores an arrival unless its text is already in the library. */
  const store = write((arrival: Arrival): Stored => {
    const { document } = arrival;
    const keys = textKeys(document.text);
    const duplicateOf = duplicates.exactDuplicateOf(keys.hash);
    if (duplicateOf) return { id: null, duplicateOf, nearDuplicateOf: null };
    const fingerprint = duplicates.fingerprint(keys);
    const nearDuplicateOf = duplicates.nearDuplicateOf(fingerprint);
    const sha256 = createHash('sha256').update(arrival.bytes).digest('hex');
    const id = randomUUID();
    stores.clippings.insertOriginal(sha256, arrival.bytes, document.mediaType);
    stores.clippings.insert({
      id,
      title: chooseTitle(arrival.title, document),
      text: document.text,
      html: document.html,
      pageStarts: document.pageStarts ? JSON.stringify(document.pageStarts) : null,
      outlet: document.outlet,
      byline: document.byline,
      publishedAt: document.publishedAt,
      url: document.url,
      lang: document.lang,
      sha256,
      sourceName: arrival.sourceName,
      importer: document.importer,
      importerVersion: document.importerVersion,
      wordCount: countWords(document.text),
      textHash: keys.hash,
      nearDuplicateOf,
      now: clock(),
    });
    duplicates.add(id, fingerprint);
    return { id, duplicateOf: null, nearDuplicateOf };
  });

  function arrive(arrival: Arrival): ImportResult {
    const stored = store(arrival);
    return { clipping: stored.id === null ? null : read(stored.id), duplicateOf: stored.duplicateOf, nearDuplicateOf: stored.nearDuplicateOf };
  }

  return {
    /** A paste: its HTML when that holds text (sanitised by the HTML importer), else its plain text. */
    async paste(input: ParsedInputOf<'clippings.create'>): Promise<ImportResult> {
      const text = input.text ?? '';
      const html = input.html ?? '';
      checkPasteSize('text', text);
      checkPasteSize('html', html);
      let document = importPastedText(text);
      let original = text;
      if (html.trim() !== '') {
        const support = await htmlImportSupport();
        if (!support.available) throw new NotebookError('invalid_input', `Pasted HTML cannot be imported here: ${support.reason}`, 'html');
        const fromHtml = await importPastedHtml(html);
        if (fromHtml.text.trim() !== '') {
          document = fromHtml;
          original = html;
        }
      }
      if (document.text.trim() === '') throw new NotebookError('invalid_input', EMPTY_PASTE, 'text');
      return arrive({ document, bytes: Buffer.from(original, 'utf8'), sourceName: null, title: input.title });
    },

    /** A file, sent base64-encoded, read by the importer its extension names. */
    async importFile(input: ParsedInputOf<'clippings.importFile'>): Promise<ImportResult> {
      const bytes = decodeBase64(input.contentBase64, input.fileName);
      if (bytes.length === 0) throw new NotebookError('invalid_input', `${input.fileName} is empty, so it was not imported.`, 'contentBase64');
      const document = await importDocument(input.fileName, bytes);
      if (document.text.trim() === '') {
        throw new NotebookError('invalid_input', `${input.fileName} holds no text, so it was not imported.`, 'contentBase64');
      }
      return arrive({ document, bytes, sourceName: input.fileName, title: undefined });
    },
  };
}

function checkPasteSize(field: 'text' | 'html', value: string): void {
  const bytes = utf8ByteLength(value);
  if (bytes <= MAX_PASTE_BYTES) return;
  throw new NotebookError(
    'too_large',
    `The pasted ${field === 'html' ? 'HTML' : 'text'} is ${formatBytes(bytes)}; a pasted clipping may be at most ${formatBytes(MAX_PASTE_BYTES)} (MAX_PASTE_BYTES). Import it as a file instead.`,
    field,
  );
}

function chooseTitle(given: string | undefined, document: ImportedDocument): string {
  const title = given?.trim() || document.title?.trim() || titleFromText(document.text);
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

function decodeBase64(content: string, fileName: string): Buffer {
  if (content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    throw new NotebookError('invalid_input', `The content of ${fileName} is not valid base64.`, 'contentBase64');
  }
  const size = (content.length / 4) * 3 - (content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0);
  if (size > MAX_FILE_BYTES) {
    throw new NotebookError(
      'too_large',
      `${fileName} is ${formatBytes(size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)} (MAX_FILE_BYTES).`,
      'contentBase64',
    );
  }
  return Buffer.from(content, 'base64');
}
