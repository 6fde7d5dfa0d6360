// The second tier of a search of several groups (words, phrases, alternatives): rows that hold some
// of the groups but not all, ranked by bm25. Every row of the chosen groups is ranked: ranking only
// the newest rows lost most of the quality once a library held more matches than were ranked (on
// Cranfield with 20,000 later abstracts drawn from its own words, nDCG@10 fell to 0.01 where the
// naive query kept 0.24). So the groups are chosen rarest first while their rows add up to
// SECOND_TIER_ROWS; a group left out is in more rows than any chosen, so it weighs least in bm25.
import type { SearchTerm } from '../../../shared/search/query-syntax';

/** Rows the second tier ranks at most (FTS5 ranks about one a microsecond or two). */
export const SECOND_TIER_ROWS = 20_000;
/** The second tier looks for at most this many groups. */
export const SECOND_TIER_GROUPS = 32;

export interface SecondTier {
  groups: SearchTerm[][];
  /** Each group is in more than SECOND_TIER_ROWS rows: the two searched are ranked in their newest rows only. */
  overBudget: boolean;
}

/**
 * `rowsUpTo(group, limit)` counts a group's rows, stopping once past `limit`. Counting costs per row,
 * so every group is counted to a limit that doubles up to the rows left, and counting stops once no
 * group still open could fit in them.
 */
export function chooseSecondTier(groups: ReadonlyArray<SearchTerm[]>, rowsUpTo: (group: SearchTerm[], limit: number) => number): SecondTier {
  let open = [...groups];
  const chosen: SearchTerm[][] = [];
  let rows = 0;
  for (let level = SECOND_TIER_ROWS / 8; open.length > 0 && level <= SECOND_TIER_ROWS; level *= 2) {
    // A group in more rows than are left could not be taken, so it is not counted further.
    const limit = Math.min(level, SECOND_TIER_ROWS - rows);
    const counted = open.map((group) => ({ group, rows: rowsUpTo(group, limit) }));
    const known = counted.filter((entry) => entry.rows <= limit).sort((a, b) => a.rows - b.rows);
    // A group found nowhere adds no row and no score.
    for (const entry of known.filter((found) => found.rows > 0)) {
      if (rows + entry.rows > SECOND_TIER_ROWS || chosen.length === SECOND_TIER_GROUPS) return { groups: chosen, overBudget: false };
      chosen.push(entry.group);
      rows += entry.rows;
    }
    open = counted.filter((entry) => entry.rows > limit).map((entry) => entry.group);
    // Every group still open is in more than `limit` rows.
    if (SECOND_TIER_ROWS - rows <= limit) break;
  }
  return chosen.length > 0 ? { groups: chosen, overBudget: false } : { groups: open.slice(0, 2), overBudget: true };
}
