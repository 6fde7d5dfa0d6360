// Clipping rows as SQLite gives them, and as the contract returns them.
import type { Clipping, ClippingOriginal, ClippingSummary } from '../../../shared/domain';
import type { Credibility, Reliability } from '../../../shared/grading';
import { excerptOf } from '../../../shared/text';
import { decodeTextBytes } from '../import/decode-text';
import type { NewClippingRow } from './store';

export interface SummaryRow {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  url: string | null;
  lang: string | null;
  captured_at: string;
  word_count: number;
  reliability: string | null;
  credibility: number | null;
  sha256: string;
  source_name: string | null;
  trashed_at: string | null;
  near_duplicate_of: string | null;
  near_duplicate_title: string | null;
  text: string;
}

export interface FullRow extends SummaryRow {
  html: string | null;
  page_starts: string | null;
  importer: string;
  importer_version: string;
}

export interface OriginalRow {
  sha256: string;
  bytes: Buffer;
  byte_length: number;
  media_type: string;
  source_name: string | null;
}

export function toSummary(row: SummaryRow, tags: string[]): ClippingSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: row.published_at,
    url: row.url,
    lang: row.lang,
    capturedAt: row.captured_at,
    excerpt: excerptOfStart(row.text),
    wordCount: row.word_count,
    reliability: row.reliability as Reliability | null,
    credibility: row.credibility as Credibility | null,
    tags,
    sha256: row.sha256,
    sourceName: row.source_name,
    nearDuplicateOf: row.near_duplicate_of === null ? null : { id: row.near_duplicate_of, title: row.near_duplicate_title ?? row.near_duplicate_of },
    trashedAt: row.trashed_at,
  };
}

/**
 * excerptOf, reading only as much of the text's start as the excerpt needs: collapsing the spaces
 * of a whole 20 MB text to show its first 240 characters made two copies of it.
 */
export function excerptOfStart(text: string): string {
  // A little more than the excerpt first: most texts have no runs of spaces to collapse there.
  for (let end = EXCERPT_CHARS + 80; end < text.length; end *= 4) {
    const start = text.slice(0, end);
    // Past the excerpt's length once collapsed, the rest of the text cannot change the excerpt.
    if (start.replace(/\s+/gu, ' ').trim().length > EXCERPT_CHARS + 1) return excerptOf(start, EXCERPT_CHARS);
  }
  return excerptOf(text, EXCERPT_CHARS);
}

const EXCERPT_CHARS = 240;

export function toClipping(row: FullRow, tags: string[]): Clipping {
  return {
    ...toSummary(row, tags),
    text: row.text,
    html: row.html,
    pageStarts: row.page_starts === null ? null : (JSON.parse(row.page_starts) as number[]),
    importer: row.importer,
    importerVersion: row.importer_version,
  };
}

/** The row as SQLite gives it back, made from what was just inserted (no grade, tags or trash yet). */
export function insertedRow(row: NewClippingRow, nearDuplicateTitle: string | null): FullRow {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    published_at: row.publishedAt,
    url: row.url,
    lang: row.lang,
    captured_at: row.now,
    word_count: row.wordCount,
    reliability: null,
    credibility: null,
    sha256: row.sha256,
    source_name: row.sourceName,
    trashed_at: null,
    near_duplicate_of: row.nearDuplicateOf,
    near_duplicate_title: nearDuplicateTitle,
    text: row.text,
    html: row.html,
    page_starts: row.pageStarts,
    importer: row.importer,
    importer_version: row.importerVersion,
  };
}

/** The bytes a clipping came from: text as text, anything else as base64. */
export function toOriginal(row: OriginalRow): ClippingOriginal {
  const isText = row.media_type.startsWith('text/');
  return {
    sha256: row.sha256,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    fileName: row.source_name,
    text: isText ? (decodeTextBytes(row.bytes)?.text ?? null) : null,
    base64: isText ? null : row.bytes.toString('base64'),
  };
}
