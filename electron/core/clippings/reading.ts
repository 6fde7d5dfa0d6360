// Reading clippings: one in full, its original bytes, a page of the Library, and its facets.
import type { ParsedInputOf } from '../../../shared/contract';
import type { Clipping, ClippingOriginal, ClippingSummary, LibraryFacets, Page } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { ClippingsStore } from './store';
import { toClipping, toOriginal, toSummary } from './rows';

export type ClippingReader = ReturnType<typeof createClippingReader>;

export function createClippingReader(clippings: ClippingsStore) {
  function get(id: string): Clipping {
    const row = clippings.full(id);
    if (!row) throw new NotebookError('not_found', `There is no clipping with id ${id}.`, 'id');
    return toClipping(row, clippings.tagsOf([id]).get(id) ?? []);
  }

  return {
    get,

    original(id: string): ClippingOriginal {
      const row = clippings.original(id);
      if (!row) throw new NotebookError('not_found', `There is no clipping with id ${id}.`, 'id');
      return toOriginal(row);
    },

    list(input: ParsedInputOf<'clippings.list'>): Page<ClippingSummary> {
      const { rows, total } = clippings.page(input);
      const tags = clippings.tagsOf(rows.map((row) => row.id));
      return { items: rows.map((row) => toSummary(row, tags.get(row.id) ?? [])), total, offset: input.offset, limit: input.limit };
    },

    facets: (): LibraryFacets => ({ outlets: clippings.outletFacets(), tags: clippings.tagFacets() }),
  };
}
