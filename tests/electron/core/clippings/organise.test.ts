// Editing, grading, tagging, trashing, and the Library's sort and filters.
import { describe, expect, it } from 'vitest';
import type { Clipping, ClippingOriginal, ClippingSummary, LibraryFacets, Page } from '../../../../shared/domain';
import { errorOf, openTempCore, storedClipping, valueOf } from '../../../helpers/temp-library';

type TempCore = ReturnType<typeof openTempCore>;

async function add(core: TempCore, text: string, patch: Record<string, unknown> = {}): Promise<Clipping> {
  const clipping = storedClipping(await core.dispatch('clippings.create', { text }));
  return Object.keys(patch).length === 0 ? clipping : (valueOf(await core.dispatch('clippings.update', { id: clipping.id, patch })) as Clipping);
}

async function titles(core: TempCore, query: Record<string, unknown>): Promise<string[]> {
  const page = valueOf(await core.dispatch('clippings.list', query)) as Page<ClippingSummary>;
  return page.items.map((item) => item.title);
}

describe('clippings.update', () => {
  it('edits metadata and grades, clears a field with null or blank, and keeps partial dates', async () => {
    const core = openTempCore();
    const clipping = await add(core, 'Pledge at the border\n\nThe text.');
    const updated = valueOf(
      await core.dispatch('clippings.update', {
        id: clipping.id,
        patch: {
          outlet: 'IB Times',
          byline: 'A. Reporter',
          publishedAt: '2014-07',
          url: 'https://example.org/a',
          lang: 'en',
          reliability: 'B',
          credibility: 2,
          tags: ['syria', 'ISIS'],
        },
      }),
    ) as Clipping;
    expect(updated).toMatchObject({
      outlet: 'IB Times',
      byline: 'A. Reporter',
      publishedAt: '2014-07',
      reliability: 'B',
      credibility: 2,
      tags: ['ISIS', 'syria'],
    });
    expect(updated.text).toBe(clipping.text);

    const cleared = valueOf(await core.dispatch('clippings.update', { id: clipping.id, patch: { byline: null, outlet: '  ', reliability: null } })) as Clipping;
    expect(cleared).toMatchObject({ byline: null, outlet: null, reliability: null, credibility: 2 });
  });

  it('refuses a bad date, a bad grade, and an unknown id, changing nothing', async () => {
    const core = openTempCore();
    const clipping = await add(core, 'Some text');
    expect(errorOf(await core.dispatch('clippings.update', { id: clipping.id, patch: { publishedAt: '2014-02-30' } }))).toMatchObject({
      code: 'invalid_input',
      field: 'patch.publishedAt',
    });
    expect(errorOf(await core.dispatch('clippings.update', { id: clipping.id, patch: { credibility: 9 } })).field).toBe('patch.credibility');
    expect(errorOf(await core.dispatch('clippings.update', { id: 'nope', patch: { title: 'x' } })).code).toBe('not_found');
    expect(valueOf(await core.dispatch('clippings.get', { id: clipping.id }))).toEqual(clipping);
  });
});

describe('clippings.tag, trash and restore', () => {
  it('adds and removes tags on many clippings, case-insensitively', async () => {
    const core = openTempCore();
    const a = await add(core, 'first text');
    const b = await add(core, 'second text', { tags: ['Keep'] });
    expect(valueOf(await core.dispatch('clippings.tag', { ids: [a.id, b.id, 'missing'], add: ['Syria', 'keep'] }))).toEqual({ count: 2 });
    expect(valueOf(await core.dispatch('clippings.tag', { ids: [b.id], remove: ['KEEP'] }))).toEqual({ count: 1 });
    expect((valueOf(await core.dispatch('clippings.get', { id: a.id })) as Clipping).tags).toEqual(['Keep', 'Syria']);
    expect((valueOf(await core.dispatch('clippings.get', { id: b.id })) as Clipping).tags).toEqual(['Syria']);
    const facets = valueOf(await core.dispatch('clippings.facets', {})) as LibraryFacets;
    expect(facets.tags).toEqual([
      { value: 'Keep', count: 1 },
      { value: 'Syria', count: 2 },
    ]);
  });

  it('moves clippings to the Trash and back', async () => {
    const core = openTempCore();
    const a = await add(core, 'alpha text');
    const b = await add(core, 'beta text');
    expect(valueOf(await core.dispatch('clippings.trash', { ids: [a.id] }))).toEqual({ count: 1 });
    expect(valueOf(await core.dispatch('clippings.trash', { ids: [a.id] }))).toEqual({ count: 0 });
    expect(await titles(core, {})).toEqual([b.title]);
    expect(await titles(core, { trash: true })).toEqual([a.title]);
    expect((valueOf(await core.dispatch('clippings.get', { id: a.id })) as Clipping).trashedAt).not.toBeNull();
    expect(valueOf(await core.dispatch('clippings.restore', { ids: [a.id] }))).toEqual({ count: 1 });
    expect((await titles(core, {})).sort()).toEqual([a.title, b.title].sort());
  });
});

describe('clippings.list: sort and filters', () => {
  async function library() {
    const core = openTempCore();
    await add(core, 'Charlie', { outlet: 'Reuters', publishedAt: '2014-07-02', reliability: 'C', credibility: 3, tags: ['syria'] });
    await add(core, 'alpha', { outlet: 'IB Times', publishedAt: '2013', reliability: 'A', credibility: 2 });
    await add(core, 'Bravo', { outlet: 'reuters', publishedAt: '2014', reliability: 'A', credibility: 1, tags: ['Syria', 'iraq'] });
    await add(core, 'delta');
    return core;
  }

  it('sorts by each column, undated and ungraded last', async () => {
    const core = await library();
    expect(await titles(core, { sort: 'title', direction: 'asc' })).toEqual(['alpha', 'Bravo', 'Charlie', 'delta']);
    expect(await titles(core, { sort: 'captured', direction: 'asc' })).toEqual(['Charlie', 'alpha', 'Bravo', 'delta']);
    expect(await titles(core, { sort: 'published', direction: 'desc' })).toEqual(['Charlie', 'Bravo', 'alpha', 'delta']);
    expect(await titles(core, { sort: 'grade', direction: 'asc' })).toEqual(['Bravo', 'alpha', 'Charlie', 'delta']);
    expect((await titles(core, { sort: 'outlet', direction: 'asc' })).slice(0, 1)).toEqual(['alpha']);
  });

  it('filters by outlet (any case), tag, grade and partial-date range', async () => {
    const core = await library();
    expect((await titles(core, { filter: { outlet: 'REUTERS' } })).sort()).toEqual(['Bravo', 'Charlie']);
    expect((await titles(core, { filter: { tag: 'syria' } })).sort()).toEqual(['Bravo', 'Charlie']);
    expect(await titles(core, { filter: { tag: 'iraq' } })).toEqual(['Bravo']);
    expect((await titles(core, { filter: { reliability: 'A' } })).sort()).toEqual(['Bravo', 'alpha']);
    expect(await titles(core, { filter: { reliability: 'A', credibility: 1 } })).toEqual(['Bravo']);
    expect((await titles(core, { filter: { publishedFrom: '2014' } })).sort()).toEqual(['Bravo', 'Charlie']);
    expect(await titles(core, { filter: { publishedFrom: '2014-07', publishedTo: '2014-07-31' } })).toEqual(['Charlie']);
    expect(await titles(core, { filter: { publishedTo: '2013-12' } })).toEqual(['alpha']);
    const facets = valueOf(await core.dispatch('clippings.facets', {})) as LibraryFacets;
    expect(facets.outlets.map((o) => [o.value.toLowerCase(), o.count])).toEqual([
      ['ib times', 1],
      ['reuters', 2],
    ]);
  });

  it('counts the whole filtered list while returning one page', async () => {
    const core = await library();
    const page = valueOf(await core.dispatch('clippings.list', { limit: 2, filter: { outlet: 'reuters' } })) as Page<ClippingSummary>;
    expect(page.total).toBe(2);
    const first = valueOf(await core.dispatch('clippings.list', { limit: 1 })) as Page<ClippingSummary>;
    expect(first).toMatchObject({ total: 4, offset: 0, limit: 1 });
    expect(first.items).toHaveLength(1);
  });
});

describe('clippings.original', () => {
  it('gives back the original bytes: text as text, binary as base64', async () => {
    const core = openTempCore();
    const pasted = 'Caf\u00e9 report\r\n\r\nBody  ';
    const clipping = storedClipping(await core.dispatch('clippings.create', { text: pasted }));
    const original = valueOf(await core.dispatch('clippings.original', { id: clipping.id })) as ClippingOriginal;
    expect(original).toMatchObject({ text: pasted, base64: null, fileName: null, byteLength: Buffer.byteLength(pasted) });
    expect(original.sha256).toBe(clipping.sha256);
    expect(errorOf(await core.dispatch('clippings.original', { id: 'nope' })).code).toBe('not_found');
  });
});
