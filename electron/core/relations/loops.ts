// Member-of and located-in nest, so following one of them must never come back to where it
// started. Finds the path that a new relation would close into a loop.
import type { RelationType } from '../../../shared/domain';
import type { RelationsStore } from './store';

/** Types that nest: nothing may be a member of, or located in, itself through others. */
export const NESTING_TYPES: ReadonlySet<RelationType> = new Set(['member_of', 'located_in']);

export function createLoopFinder(relations: RelationsStore) {
  /** Card ids from `from` to `to` following relations of one type (breadth first, leaving out `except`), or null. */
  return function pathBetween(from: string, to: string, type: RelationType, except: string): string[] | null {
    const cameFrom = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (at === to) {
        const path: string[] = [];
        for (let step: string | null = at; step !== null; step = cameFrom.get(step) ?? null) path.unshift(step);
        return path;
      }
      for (const target of relations.targetsOf(at, type, except)) {
        if (cameFrom.has(target)) continue;
        cameFrom.set(target, at);
        queue.push(target);
      }
    }
    return null;
  };
}
