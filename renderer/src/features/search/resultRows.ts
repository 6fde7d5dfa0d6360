// The rows the arrow keys move through: every hit of every group, and a group's "Show more".
import type { SearchKind } from '../../../../shared/search/query-syntax';
import type { SearchHit } from '../../../../shared/search/types';
import type { SearchGroup } from './searchGroups';

export type ResultRow = { type: 'hit'; hit: SearchHit; id: string } | { type: 'more'; kind: SearchKind; id: string };

export function resultRows(groups: readonly SearchGroup[], canShowMore: boolean): ResultRow[] {
  return groups.flatMap((group) => {
    const hits: ResultRow[] = group.hits.map((hit) => ({ type: 'hit', hit, id: `search-hit-${hit.kind}-${hit.id}` }));
    return canShowMore && group.hasMore ? [...hits, { type: 'more', kind: group.kind, id: `search-more-${group.kind}` }] : hits;
  });
}

/** The next row for an arrow key, staying within the list (-1: none chosen). */
export function moveRow(current: number, count: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number {
  if (count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  return Math.max(current - 1, 0);
}
