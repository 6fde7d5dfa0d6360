// Clippings: create from pasted text, import from a file's bytes, list, get.
import type Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import type { Clipping, ClippingSummary, Page } from '../../../shared/domain';
import type { ParsedInputOf } from '../../../shared/contract';
import { NotebookError } from '../../../shared/errors';
import { MAX_FILE_BYTES, MAX_PASTE_BYTES, formatBytes, utf8ByteLength } from '../../../shared/limits';
import { countWords, excerptOf, normaliseClippingText, titleFromText } from '../../../shared/text';
import { decodeTextBytes } from '../import/decode-text';

const TEXT_FILE_EXTENSIONS: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

interface Draft {
  title: string | undefined;
  text: string;
  bytes: Buffer;
  mediaType: string;
  sourceName: string | null;
  importer: string;
  importerVersion: string;
}

interface ClippingRow {
  id: string;
  title: string;
  text: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  url: string | null;
  lang: string | null;
  sha256: string;
  source_name: string | null;
  importer: string;
  importer_version: string;
  word_count: number;
  captured_at: string;
}

export function createClippingsService(db: Database.Database) {
  const insertOriginal = db.prepare(
    'INSERT OR IGNORE INTO originals (sha256, bytes, byte_length, media_type) VALUES (?, ?, ?, ?)',
  );
  const insertClipping = db.prepare(`
    INSERT INTO clippings (id, title, text, sha256, source_name, importer, importer_version, word_count, captured_at, updated_at)
    VALUES (@id, @title, @text, @sha256, @sourceName, @importer, @importerVersion, @wordCount, @now, @now)`);
  const selectById = db.prepare('SELECT * FROM clippings WHERE id = ?');
  const countLive = db.prepare('SELECT count(*) AS total FROM clippings WHERE trashed_at IS NULL');
  const selectPage = db.prepare(`
    SELECT id, title, outlet, captured_at, word_count, substr(text, 1, 400) AS text
    FROM clippings WHERE trashed_at IS NULL
    ORDER BY captured_at DESC, id DESC LIMIT ? OFFSET ?`);

  const store = db.transaction((draft: Draft): string => {
    const sha256 = createHash('sha256').update(draft.bytes).digest('hex');
    const id = randomUUID();
    insertOriginal.run(sha256, draft.bytes, draft.bytes.length, draft.mediaType);
    insertClipping.run({
      id,
      title: draft.title?.trim() || titleFromText(draft.text),
      text: draft.text,
      sha256,
      sourceName: draft.sourceName,
      importer: draft.importer,
      importerVersion: draft.importerVersion,
      wordCount: countWords(draft.text),
      now: new Date().toISOString(),
    });
    return id;
  });

  function get(id: string): Clipping {
    const row = selectById.get(id) as ClippingRow | undefined;
    if (!row) throw new NotebookError('not_found', `There is no clipping with id ${id}.`, 'id');
    return toClipping(row);
  }

  return {
    create(input: ParsedInputOf<'clippings.create'>): Clipping {
      const bytes = utf8ByteLength(input.text);
      if (bytes > MAX_PASTE_BYTES) {
        throw new NotebookError(
          'too_large',
          `The pasted text is ${formatBytes(bytes)}; a pasted clipping may be at most ${formatBytes(MAX_PASTE_BYTES)} (MAX_PASTE_BYTES). Import it as a file instead.`,
          'text',
        );
      }
      const text = requireText(normaliseClippingText(input.text), 'The clipping is empty: paste or type its text.');
      return get(
        store({
          title: input.title,
          text,
          bytes: Buffer.from(input.text, 'utf8'),
          mediaType: 'text/plain; charset=utf-8',
          sourceName: null,
          importer: 'paste',
          importerVersion: '1',
        }),
      );
    },

    importFile(input: ParsedInputOf<'clippings.importFile'>): Clipping {
      const { fileName } = input;
      const extension = extname(fileName).toLowerCase();
      const mediaType = TEXT_FILE_EXTENSIONS[extension];
      if (!mediaType) {
        throw new NotebookError(
          'invalid_input',
          `${fileName}: ${extension ? `${extension} files cannot` : 'files without an extension cannot'} be imported yet; only .txt and .md files can.`,
          'fileName',
        );
      }
      const bytes = decodeBase64(input.contentBase64, fileName);
      const decoded = decodeTextBytes(bytes);
      if (decoded === null) {
        throw new NotebookError('invalid_input', `${fileName} is not a text file (it holds binary data), so it was not imported.`, 'contentBase64');
      }
      const text = requireText(normaliseClippingText(decoded.text), `${fileName} is empty, so it was not imported.`, 'contentBase64');
      return get(
        store({
          title: undefined,
          text,
          bytes,
          mediaType: `${mediaType}; charset=${decoded.encoding}`,
          sourceName: fileName,
          importer: 'text-file',
          importerVersion: '1',
        }),
      );
    },

    list(input: ParsedInputOf<'clippings.list'>): Page<ClippingSummary> {
      const { total } = countLive.get() as { total: number };
      const rows = selectPage.all(input.limit, input.offset) as Array<
        Pick<ClippingRow, 'id' | 'title' | 'outlet' | 'captured_at' | 'word_count' | 'text'>
      >;
      return { items: rows.map(toSummary), total, offset: input.offset, limit: input.limit };
    },

    get: (input: ParsedInputOf<'clippings.get'>) => get(input.id),
  };
}

export type ClippingsService = ReturnType<typeof createClippingsService>;

/** `field` names the input the empty text came from: an import has no "text" field. */
function requireText(text: string, message: string, field = 'text'): string {
  if (text.trim() === '') throw new NotebookError('invalid_input', message, field);
  return text;
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

function toSummary(row: Pick<ClippingRow, 'id' | 'title' | 'outlet' | 'captured_at' | 'word_count' | 'text'>): ClippingSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    capturedAt: row.captured_at,
    excerpt: excerptOf(row.text),
    wordCount: row.word_count,
  };
}

function toClipping(row: ClippingRow): Clipping {
  return {
    ...toSummary(row),
    text: row.text,
    byline: row.byline,
    publishedAt: row.published_at,
    url: row.url,
    lang: row.lang,
    sha256: row.sha256,
    sourceName: row.source_name,
    importer: row.importer,
    importerVersion: row.importer_version,
  };
}
