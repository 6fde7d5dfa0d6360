// The Library's filters: what the user chose, as 'clippings.list' takes it.
import type { ClippingListQuery } from '../../../../shared/contract';

export type LibraryFilter = NonNullable<ClippingListQuery['filter']>;

export function hasFilters(filter: LibraryFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** Sets one filter; an empty value removes it, so the query stays minimal. */
export function withFilter<K extends keyof LibraryFilter>(filter: LibraryFilter, key: K, value: LibraryFilter[K] | undefined): LibraryFilter {
  const next = { ...filter };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}
