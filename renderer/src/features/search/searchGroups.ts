// Search results as the Library shows them: one group per kind (in KIND_ORDER), each with its hits
// so far and the library-wide count, so a group knows whether "Show more" has anything to show.
import type { SearchKind } from '../../../../shared/search/query-syntax';
import type { SearchHit } from '../../../../shared/search/types';
import { KIND_ORDER } from './searchWords';

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  count: number;
  hasMore: boolean;
}

/** Groups hits by kind, each hit once (a later page may repeat one the first page had). */
export function groupHits(hits: readonly SearchHit[], counts: Record<SearchKind, number>): SearchGroup[] {
  const byKind = new Map<SearchKind, SearchHit[]>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const key = `${hit.kind}:${hit.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byKind.get(hit.kind) ?? [];
    list.push(hit);
    byKind.set(hit.kind, list);
  }
  return KIND_ORDER.flatMap((kind) => {
    const list = byKind.get(kind) ?? [];
    const count = Math.max(counts[kind] ?? 0, list.length);
    // A kind whose matches all ranked below the first page still shows, with its count and Show more.
    return count === 0 ? [] : [{ kind, hits: list, count, hasMore: list.length < count }];
  });
}

/** How many hits of a kind are shown: the offset for its next page. */
export function shownOf(groups: readonly SearchGroup[], kind: SearchKind): number {
  return groups.find((group) => group.kind === kind)?.hits.length ?? 0;
}
