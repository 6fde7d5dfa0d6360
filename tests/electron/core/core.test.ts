import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ClippingSummary, LibraryInfo, Page } from '../../../shared/domain';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { MAX_PASTE_BYTES } from '../../../shared/limits';
import { errorOf, openTempCore, openTrackedCore, sha256Hex, valueOf, storedClipping } from '../../helpers/temp-library';

describe('openCore: clippings.create', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \r\n\t\u00a0 '],
  ])('refuses %s text as invalid_input on the text field', async (_case, text) => {
    const core = openTempCore();
    expect(errorOf(await core.dispatch('clippings.create', { text }))).toMatchObject({ code: 'invalid_input', field: 'text' });
  });

  it('refuses text over MAX_PASTE_BYTES as too_large, naming the limit', async () => {
    const core = openTempCore();
    const error = errorOf(await core.dispatch('clippings.create', { text: 'a'.repeat(MAX_PASTE_BYTES + 1) }));
    expect(error).toMatchObject({ code: 'too_large', field: 'text' });
    expect(error.message).toContain('MAX_PASTE_BYTES');
    expect(error.message).toContain('5 MiB');
  });

  it('measures the limit in UTF-8 bytes, not characters', async () => {
    const core = openTempCore();
    const text = 'é'.repeat(MAX_PASTE_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_PASTE_BYTES);
    expect(errorOf(await core.dispatch('clippings.create', { text })).code).toBe('too_large');
  });

  it('accepts text of exactly MAX_PASTE_BYTES', async () => {
    const core = openTempCore();
    const clipping = storedClipping(await core.dispatch('clippings.create', { text: 'x'.repeat(MAX_PASTE_BYTES) }));
    expect(clipping.text.length).toBe(MAX_PASTE_BYTES);
  });

  it('creates, gets and lists a clipping', async () => {
    const core = openTempCore();
    const pasted = '\r\nHarbour closed\r\nThe port authority closed the harbour on Tuesday.  \r\n\r\n';
    const created = storedClipping(await core.dispatch('clippings.create', { text: pasted }));
    expect(created).toMatchObject({
      title: 'Harbour closed',
      text: 'Harbour closed\nThe port authority closed the harbour on Tuesday.',
      wordCount: 10,
      sha256: sha256Hex(Buffer.from(pasted, 'utf8')),
      sourceName: null,
      importer: 'paste',
      outlet: null,
    });
    expect(new Date(created.capturedAt).toISOString()).toBe(created.capturedAt);

    expect(valueOf(await core.dispatch('clippings.get', { id: created.id }))).toEqual(created);

    const page = valueOf(await core.dispatch('clippings.list', {})) as Page<ClippingSummary>;
    expect(page).toMatchObject({ total: 1, offset: 0, limit: 100 });
    expect(page.items).toEqual([
      {
        id: created.id,
        title: 'Harbour closed',
        outlet: null,
        byline: null,
        publishedAt: null,
        url: null,
        lang: null,
        capturedAt: created.capturedAt,
        excerpt: 'Harbour closed The port authority closed the harbour on Tuesday.',
        wordCount: 10,
        reliability: null,
        credibility: null,
        tags: [],
        sha256: created.sha256,
        sourceName: null,
        nearDuplicateOf: null,
        trashedAt: null,
      },
    ]);
  });

  it('keeps a given title, trimmed', async () => {
    const core = openTempCore();
    const created = storedClipping(await core.dispatch('clippings.create', { title: '  My title ', text: 'Body' }));
    expect(created.title).toBe('My title');
  });

  it('pages through the list without losing or repeating a clipping', async () => {
    const core = openTempCore();
    const ids: string[] = [];
    for (const text of ['one', 'two', 'three']) ids.push(storedClipping(await core.dispatch('clippings.create', { text })).id);
    const first = valueOf(await core.dispatch('clippings.list', { limit: 2 })) as Page<ClippingSummary>;
    const second = valueOf(await core.dispatch('clippings.list', { limit: 2, offset: 2 })) as Page<ClippingSummary>;
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([...ids].sort());
    expect(first.total).toBe(3);
  });
});

describe('openCore: clippings.get and library.info', () => {
  it('answers not_found for a missing id', async () => {
    const core = openTempCore();
    expect(errorOf(await core.dispatch('clippings.get', { id: 'no-such-id' }))).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('describes the library', async () => {
    const core = openTempCore();
    await core.dispatch('clippings.create', { text: 'one' });
    const info = valueOf(await core.dispatch('library.info', {})) as LibraryInfo;
    expect(info).toMatchObject({ path: core.libraryPath, schemaVersion: LATEST_SCHEMA_VERSION, clippingCount: 1 });
    expect(info.libraryId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers unknown_method and invalid_input through the real dispatch', async () => {
    const core = openTempCore();
    expect(errorOf(await core.dispatch('no.such', {})).code).toBe('unknown_method');
    expect(errorOf(await core.dispatch('clippings.create', { text: 1 }))).toMatchObject({ code: 'invalid_input', field: 'text' });
  });
});

describe('openCore: persistence', () => {
  it('finds the clipping and the same library id after closing and reopening the file', async () => {
    const first = openTempCore();
    const created = storedClipping(await first.dispatch('clippings.create', { text: 'Kept across restarts' }));
    const { libraryId } = valueOf(await first.dispatch('library.info', {})) as LibraryInfo;
    first.close();

    const second = openTrackedCore(first.libraryPath);
    expect(valueOf(await second.dispatch('clippings.get', { id: created.id }))).toEqual(created);
    expect((valueOf(await second.dispatch('library.info', {})) as LibraryInfo).libraryId).toBe(libraryId);
  });

  it('stores the pasted bytes unchanged in originals', async () => {
    const core = openTempCore();
    const pasted = 'Line one\r\nLine two with “quotes” 😀   \r\n';
    const created = storedClipping(await core.dispatch('clippings.create', { text: pasted }));
    core.close();

    const db = new Database(core.libraryPath, { readonly: true });
    try {
      const row = db.prepare('SELECT bytes, byte_length FROM originals WHERE sha256 = ?').get(created.sha256) as {
        bytes: Buffer;
        byte_length: number;
      };
      expect(row.bytes.equals(Buffer.from(pasted, 'utf8'))).toBe(true);
      expect(row.byte_length).toBe(Buffer.byteLength(pasted));
    } finally {
      db.close();
    }
  });
});
