// The filters typed in a query (outlet:Reuters, entity:"Abu Bakr"), so an empty result can offer
// to search again without one of them.
import { SEARCH_FILTER_KEYS } from '../../../../shared/search/query-syntax';

const FILTER = new RegExp(`(^|\\s)-?(?:${SEARCH_FILTER_KEYS.join('|')}):\\s*(?:"[^"]*"?|\\S+)`, 'giu');

/** Each filter as typed, in order. */
export function filtersIn(query: string): string[] {
  return [...query.matchAll(FILTER)].map((found) => found[0].trim());
}

/** The query without one of its filters, spaces tidied. */
export function withoutFilter(query: string, filter: string): string {
  const at = query.indexOf(filter);
  if (at < 0) return query;
  return `${query.slice(0, at)} ${query.slice(at + filter.length)}`.replace(/\s+/gu, ' ').trim();
}
