// How a clipping arrives: pasted (text or HTML) or imported from a file, turned into a document by
// the importers, and stored unless its text is already in the library. Storing is one transaction.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ImportFilesResult, ImportResult } from '../../../shared/domain';
import { NotebookError, type ApiError } from '../../../shared/errors';
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, MAX_TITLE_CHARS, formatBytes, utf8ByteLength } from '../../../shared/limits';
import { titleFromText } from '../../../shared/text';
import type { CoreContext } from '../context';
import { htmlImportSupport, importKeyedDocument, importPastedHtml, importPastedText, type ImportedDocument } from '../import';
import { createDuplicateIndex } from './duplicates';
import { insertedRow, toClipping } from './rows';
import type { NewClippingRow } from './store';
import { arrivalKeys, type ArrivalKeys } from './text-keys';

interface Arrival {
  document: ImportedDocument;
  bytes: Uint8Array;
  sourceName: string | null;
  title: string | undefined;
}

/** An arrival with the CPU work done (text keys, MinHash, SHA-256), ready to store under the lock. */
interface Prepared {
  arrival: Arrival;
  keys: ArrivalKeys;
}

/** What storing gives: the import's answer, built from what was inserted. */
type Stored = ImportResult;

type FileInput = ParsedInputOf<'clippings.importFile'>;

const EMPTY_PASTE = 'The clipping is empty: paste or type its text.';

export function createArrivals({ stores, clock, write }: CoreContext) {
  const duplicates = createDuplicateIndex(stores.clippings);

  /** A paste's keys are computed here; a file's come from its parse worker (prepareFile). */
  function prepare(arrival: Arrival): Prepared {
    return { arrival, keys: arrivalKeys(arrival.document.text, arrival.bytes) };
  }

  /**
   * Stores an arrival unless its text is already in the library. Everything that can refuse a file
   * is checked before (prepareFile, paste); from here on only the library itself can fail (a full
   * disk), and that fails the whole transaction.
   */
  const storeOne = ({ arrival, keys }: Prepared): Stored => {
    const { document } = arrival;
    const { sha256 } = keys;
    const duplicateOf = duplicates.exactDuplicateOf(keys.hash);
    if (duplicateOf) return { clipping: null, duplicateOf, nearDuplicateOf: null };
    const nearDuplicateOf = duplicates.nearDuplicateOf(keys);
    const id = randomUUID();
    stores.clippings.insertOriginal(sha256, arrival.bytes, document.mediaType);
    const row: NewClippingRow = {
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
      wordCount: keys.wordCount,
      textHash: keys.hash,
      nearDuplicateOf,
      now: clock(),
    };
    duplicates.add(stores.clippings.insert(row), keys);
    // Tags a Markdown clipping's front matter names (read back: the library keeps a tag's first spelling).
    for (const name of document.tags ?? []) stores.clippings.linkTag(id, stores.tags.idOf(name));
    const tags = document.tags?.length ? (stores.clippings.tagsOf([id]).get(id) ?? []) : [];
    // The answer is built from what was inserted, not read back (the row holds nothing else yet).
    const nearDuplicateTitle = nearDuplicateOf === null ? null : stores.clippings.title(nearDuplicateOf);
    const warnings = document.warnings?.length ? { warnings: document.warnings } : {};
    return { clipping: toClipping(insertedRow(row, nearDuplicateTitle), tags), duplicateOf: null, nearDuplicateOf, ...warnings };
  };
  const store = write(storeOne);

  /**
   * One write transaction for the batch, without a savepoint per file: FTS5 writes its pending index
   * to disk at every savepoint, which made a segment per file and cost a fifth of the import's time.
   * A file refused while being stored (nothing refuses there today) rolls the batch back, and the
   * batch is stored again without it.
   */
  const writeBatch = write((batch: Outcome<Prepared>[]): Outcome<Stored>[] =>
    batch.map((item, index) => (item.ok ? { ok: true, value: refusedAs(index, () => storeOne(item.value)) } : item)),
  );
  function storeBatch(batch: Outcome<Prepared>[]): Outcome<Stored>[] {
    for (;;) {
      try {
        return writeBatch(batch);
      } catch (error) {
        if (!(error instanceof FileRefused)) throw error;
        batch = batch.map((item, index) => (index === error.index ? { ok: false, error: error.refusal } : item));
      }
    }
  }

  /** A file decoded, parsed (in the worker pool) and prepared; refused files throw a NotebookError. */
  async function prepareFile(input: FileInput): Promise<Prepared> {
    const bytes = decodeBase64(input.contentBase64, input.fileName);
    if (bytes.length === 0) throw new NotebookError('invalid_input', `${input.fileName} is empty, so it was not imported.`, 'contentBase64');
    // The bytes go to the parse worker and come back with the document: one copy of a large file, not two.
    const keyed = await importKeyedDocument(input.fileName, bytes);
    const { document, keys } = keyed;
    if (document.text.trim() === '') {
      throw new NotebookError('invalid_input', `${input.fileName} holds no text, so it was not imported.`, 'contentBase64');
    }
    return { arrival: { document, bytes: keyed.bytes, sourceName: input.fileName, title: undefined }, keys };
  }

  // The last batch's turn to store: a caller may send the next batch before the previous one
  // answers (its files are parsed meanwhile), and batches are stored in the order they came.
  let previousTurn: Promise<void> = Promise.resolve();

  /**
   * Files parsed concurrently (the pool queues them), then stored in one transaction, each in input
   * order. A bulk write: calls that follow one another share WAL checkpoints (write.bulk).
   */
  function importFiles(input: ParsedInputOf<'clippings.importFiles'>): Promise<ImportFilesResult> {
    const earlier = previousTurn;
    let done!: () => void;
    previousTurn = new Promise((resolve) => (done = resolve));
    return write.bulk.run(async () => {
      try {
        const prepared = await settleAll(input.files.map((file) => prepareFile(file)));
        await earlier;
        return { results: storeBatch(prepared) };
      } finally {
        done();
      }
    });
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
      return store(prepare({ document, bytes: Buffer.from(original, 'utf8'), sourceName: null, title: input.title }));
    },

    /** A file, sent base64-encoded, read by the importer its extension names: a batch of one. */
    async importFile(input: FileInput): Promise<ImportResult> {
      const [result] = (await importFiles({ files: [input] })).results;
      if (!result!.ok) throw new NotebookError(result!.error.code, result!.error.message, result!.error.field);
      return result!.value;
    },

    importFiles,
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A batch's file refused while being stored: thrown through the batch's transaction, which rolls it back. */
class FileRefused extends Error {
  constructor(
    readonly index: number,
    readonly refusal: ApiError,
  ) {
    super(refusal.message);
  }
}

function refusedAs<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof NotebookError) throw new FileRefused(index, error.toApiError());
    throw error;
  }
}

/** A parse's refusal as its result; anything else (a worker that failed oddly) fails the whole call. */
function settle<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof NotebookError) return { ok: false, error: error.toApiError() };
    throw error;
  }
}

/** Waits for every parse before answering, so none is left running unobserved when one fails oddly. */
async function settleAll<T>(pending: Promise<T>[]): Promise<Outcome<T>[]> {
  const settled = await Promise.allSettled(pending);
  return settled.map((item) =>
    settle(() => {
      if (item.status === 'rejected') throw item.reason;
      return item.value;
    }),
  );
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

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeBase64(content: string, fileName: string): Buffer {
  const invalid = () => new NotebookError('invalid_input', `The content of ${fileName} is not valid base64.`, 'contentBase64');
  if (content.length % 4 !== 0) throw invalid();
  const size = (content.length / 4) * 3 - (content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0);
  if (size > MAX_FILE_BYTES) {
    if (!BASE64.test(content)) throw invalid();
    throw new NotebookError(
      'too_large',
      `${fileName} is ${formatBytes(size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)} (MAX_FILE_BYTES).`,
      'contentBase64',
    );
  }
  const bytes = Buffer.from(content, 'base64');
  if (!decodedWhole(content, bytes.length, size) && !BASE64.test(content)) throw invalid();
  return bytes;
}

/**
 * Whether every character of `content` was decoded: Node's decoder skips what is not base64, which
 * leaves fewer bytes than its length gives, and takes the base64url '-' and '_', which the pattern
 * does not. Checked so, many times faster than the pattern (which then judges only the rest), and
 * without encoding the bytes back: that made a second copy of a 20 MB file's base64.
 */
function decodedWhole(content: string, decodedLength: number, size: number): boolean {
  const firstPad = content.indexOf('=');
  return decodedLength === size && (firstPad === -1 || firstPad >= content.length - 2) && !content.includes('-') && !content.includes('_');
}
