// Clippings: paste, import, list, read, edit, tag, trash. Every write is one transaction.
import type Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BulkResult, Clipping, ClippingOriginal, ClippingSummary, ImportResult, LibraryFacets, Page } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, MAX_TITLE_CHARS, formatBytes, utf8ByteLength } from '../../../shared/limits';
import { countWords, titleFromText } from '../../../shared/text';
import { decodeTextBytes } from '../import/decode-text';
import { htmlImportSupport, importDocument, importPastedHtml, importPastedText, type ImportedDocument } from '../import';
import { SUMMARY_COLUMNS, SUMMARY_FROM, createTagReader, toClipping, toSummary, type FullRow, type SummaryRow } from './clipping-rows';
import { listSql } from './clipping-query';
import { createCaptureClock } from './capture-clock';
import { createDuplicateIndex, textHash } from './duplicates';
import { createTagWriter } from './tags';

interface Arrival {
  document: ImportedDocument;
  bytes: Uint8Array;
  sourceName: string | null;
  title: string | undefined;
}

const EMPTY_PASTE = 'The clipping is empty: paste or type its text.';

export function createClippingsService(db: Database.Database) {
  const duplicates = createDuplicateIndex(db);
  const tagsOf = createTagReader(db);
  const tagWriter = createTagWriter(db);
  const captureTime = createCaptureClock(db);
  const insertOriginal = db.prepare(
    'INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, ?)',
  );
  const insertClipping = db.prepare(`
    INSERT INTO clippings (id, title, text, html, page_starts, outlet, byline, published_at, url, lang, sha256, source_name,
      importer, importer_version, word_count, text_hash, near_duplicate_of, captured_at, updated_at)
    VALUES (@id, @title, @text, @html, @pageStarts, @outlet, @byline, @publishedAt, @url, @lang, @sha256, @sourceName,
      @importer, @importerVersion, @wordCount, @textHash, @nearDuplicateOf, @now, @now)`);
  const selectFull = db.prepare(`SELECT c.*, d.title AS near_duplicate_title ${SUMMARY_FROM} WHERE c.id = ?`);
  const selectOriginal = db.prepare(
    'SELECT o.sha256, o.bytes, o.byte_length, o.media_type, c.source_name FROM clippings c JOIN originals o ON o.sha256 = c.sha256 WHERE c.id = ?',
  );
  const outletFacets = db.prepare(`
    SELECT min(outlet) AS value, count(*) AS count FROM clippings
    WHERE trashed_at IS NULL AND outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE ORDER BY value COLLATE NOCASE`);
  const tagFacets = db.prepare(`
    SELECT t.name AS value, count(*) AS count FROM tags t
    JOIN clipping_tags ct ON ct.tag_id = t.id JOIN clippings c ON c.id = ct.clipping_id AND c.trashed_at IS NULL
    GROUP BY t.id ORDER BY t.name COLLATE NOCASE`);
  const setTrashed = db.prepare(
    "UPDATE clippings SET trashed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NULL",
  );
  const setRestored = db.prepare(
    'UPDATE clippings SET trashed_at = NULL WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NOT NULL',
  );

  /** Stores an arrival unless its text is already in the library. One transaction. */
  const store = db.transaction((arrival: Arrival): { id: string | null; duplicateOf: string | null; nearDuplicateOf: string | null } => {
    const { document } = arrival;
    const hash = textHash(document.text);
    const duplicateOf = duplicates.exactDuplicateOf(hash);
    if (duplicateOf) return { id: null, duplicateOf, nearDuplicateOf: null };
    const fingerprint = duplicates.fingerprint(document.text);
    const nearDuplicateOf = duplicates.nearDuplicateOf(fingerprint);
    const sha256 = createHash('sha256').update(arrival.bytes).digest('hex');
    const id = randomUUID();
    insertOriginal.run(sha256, arrival.bytes, arrival.bytes.length, document.mediaType);
    insertClipping.run({
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
      textHash: hash,
      nearDuplicateOf,
      now: captureTime(),
    });
    duplicates.add(id, fingerprint);
    return { id, duplicateOf: null, nearDuplicateOf };
  });

  function arrive(arrival: Arrival): ImportResult {
    const stored = store(arrival);
    return { clipping: stored.id === null ? null : get(stored.id), duplicateOf: stored.duplicateOf, nearDuplicateOf: stored.nearDuplicateOf };
  }

  function get(id: string): Clipping {
    const row = selectFull.get(id) as FullRow | undefined;
    if (!row) throw new NotebookError('not_found', `There is no clipping with id ${id}.`, 'id');
    return toClipping(row, tagsOf([id]).get(id) ?? []);
  }

  const update = db.transaction((input: ParsedInputOf<'clippings.update'>): void => {
    get(input.id);
    const { tags, ...fields } = input.patch;
    const columns: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) columns[COLUMN_OF[key as keyof typeof COLUMN_OF]] = emptyToNull(value);
    const names = Object.keys(columns);
    const assignments = [...names.map((name) => `${name} = @${name}`), "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"];
    db.prepare(`UPDATE clippings SET ${assignments.join(', ')} WHERE id = @id`).run({ ...columns, id: input.id });
    if (tags !== undefined) tagWriter.replace(input.id, tags);
  });

  const tag = db.transaction((input: ParsedInputOf<'clippings.tag'>): BulkResult => {
    let count = 0;
    for (const id of new Set(input.ids)) if (tagWriter.change(id, input.add, input.remove)) count++;
    return { count };
  });

  return {
    async create(input: ParsedInputOf<'clippings.create'>): Promise<ImportResult> {
      const text = input.text ?? '';
      const html = input.html ?? '';
      for (const [field, value] of [['text', text], ['html', html]] as const) {
        const bytes = utf8ByteLength(value);
        if (bytes > MAX_PASTE_BYTES) {
          throw new NotebookError(
            'too_large',
            `The pasted ${field === 'html' ? 'HTML' : 'text'} is ${formatBytes(bytes)}; a pasted clipping may be at most ${formatBytes(MAX_PASTE_BYTES)} (MAX_PASTE_BYTES). Import it as a file instead.`,
            field,
          );
        }
      }
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

    async importFile(input: ParsedInputOf<'clippings.importFile'>): Promise<ImportResult> {
      const bytes = decodeBase64(input.contentBase64, input.fileName);
      if (bytes.length === 0) throw new NotebookError('invalid_input', `${input.fileName} is empty, so it was not imported.`, 'contentBase64');
      const document = await importDocument(input.fileName, bytes);
      if (document.text.trim() === '') {
        throw new NotebookError('invalid_input', `${input.fileName} holds no text, so it was not imported.`, 'contentBase64');
      }
      return arrive({ document, bytes, sourceName: input.fileName, title: undefined });
    },

    list(input: ParsedInputOf<'clippings.list'>): Page<ClippingSummary> {
      const sql = listSql(input);
      const { total } = db.prepare(`SELECT count(*) AS total FROM clippings c WHERE ${sql.where}`).get(sql.params) as { total: number };
      const rows = db
        .prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`)
        .all({ ...sql.params, limit: input.limit, offset: input.offset }) as SummaryRow[];
      const tags = tagsOf(rows.map((row) => row.id));
      return { items: rows.map((row) => toSummary(row, tags.get(row.id) ?? [])), total, offset: input.offset, limit: input.limit };
    },

    facets(): LibraryFacets {
      return { outlets: outletFacets.all() as LibraryFacets['outlets'], tags: tagFacets.all() as LibraryFacets['tags'] };
    },

    get: (input: ParsedInputOf<'clippings.get'>) => get(input.id),

    original(input: ParsedInputOf<'clippings.original'>): ClippingOriginal {
      const row = selectOriginal.get(input.id) as
        | { sha256: string; bytes: Buffer; byte_length: number; media_type: string; source_name: string | null }
        | undefined;
      if (!row) throw new NotebookError('not_found', `There is no clipping with id ${input.id}.`, 'id');
      const isText = row.media_type.startsWith('text/');
      return {
        sha256: row.sha256,
        mediaType: row.media_type,
        byteLength: row.byte_length,
        fileName: row.source_name,
        text: isText ? (decodeTextBytes(row.bytes)?.text ?? null) : null,
        base64: isText ? null : row.bytes.toString('base64'),
      };
    },

    update(input: ParsedInputOf<'clippings.update'>): Clipping {
      update(input);
      return get(input.id);
    },

    tag: (input: ParsedInputOf<'clippings.tag'>) => tag(input),
    trash: (input: ParsedInputOf<'clippings.trash'>): BulkResult => ({ count: setTrashed.run(JSON.stringify(input.ids)).changes }),
    restore: (input: ParsedInputOf<'clippings.restore'>): BulkResult => ({ count: setRestored.run(JSON.stringify(input.ids)).changes }),
  };
}

export type ClippingsService = ReturnType<typeof createClippingsService>;

const COLUMN_OF = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  url: 'url',
  lang: 'lang',
  reliability: 'reliability',
  credibility: 'credibility',
} as const;

function emptyToNull(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? null : value;
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
