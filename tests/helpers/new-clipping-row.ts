// A row for the clippings store's insert, for tests that store clippings without an import: one
// original 's' (the caller inserts it), text as given, the rest empty unless overridden.
import type { NewClippingRow } from '../../electron/core/clippings/store';

export function newClippingRow(id: string, fields: Partial<NewClippingRow> = {}): NewClippingRow {
  return {
    id,
    title: id,
    text: `Text of ${id}`,
    html: null,
    pageStarts: null,
    outlet: null,
    byline: null,
    publishedAt: null,
    url: null,
    lang: null,
    sha256: 's',
    sourceName: null,
    importer: 'paste',
    importerVersion: '1',
    wordCount: 3,
    textHash: id,
    nearDuplicateOf: null,
    now: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}
