// Choosing the second tier's groups: rarest first while their rows fit, counted to limits that
// double so that a group in most of the library is never counted through.
import { describe, expect, it } from 'vitest';
import type { SearchTerm } from '../../../../shared/search/query-syntax';
import { chooseSecondTier, SECOND_TIER_GROUPS, SECOND_TIER_ROWS } from '../../../../electron/core/search/second-tier';

const group = (word: string): SearchTerm[] => [{ type: 'word', word, prefix: false }];
const words = (tier: { groups: SearchTerm[][] }) => tier.groups.map((terms) => (terms[0] as { word: string }).word);

/** A counter over made-up row counts that records each (word, limit) it was asked. */
function counter(rows: Record<string, number>) {
  const calls: Array<[string, number]> = [];
  const rowsUpTo = (terms: SearchTerm[], limit: number) => {
    const word = (terms[0] as { word: string }).word;
    calls.push([word, limit]);
    return Math.min(rows[word]!, limit + 1);
  };
  return { rowsUpTo, calls };
}

describe('chooseSecondTier', () => {
  it('takes the rarest groups first while their rows add up to the budget, and no rarer one is skipped', () => {
    const { rowsUpTo } = counter({ common: 90_000, ordinary: 9_000, rare: 40, scarce: 3_000, frequent: 12_000 });
    const tier = chooseSecondTier(['common', 'ordinary', 'rare', 'scarce', 'frequent'].map(group), rowsUpTo);
    // 40 + 3,000 + 9,000 fit in 20,000; the next, 12,000, would not.
    expect(words(tier)).toEqual(['rare', 'scarce', 'ordinary']);
    expect(tier.overBudget).toBe(false);
  });

  it('ranks every row of a small library: every group found fits', () => {
    const { rowsUpTo } = counter({ a: 1_400, b: 900, c: 3 });
    expect(words(chooseSecondTier(['a', 'b', 'c'].map(group), rowsUpTo))).toEqual(['c', 'b', 'a']);
  });

  it('leaves out a group found nowhere, so that it does not stand in for the groups that are found', () => {
    const { rowsUpTo } = counter({ typo: 0, convoy: 30_000, checkpoint: 40_000 });
    const tier = chooseSecondTier(['typo', 'convoy', 'checkpoint'].map(group), rowsUpTo);
    expect(words(tier)).toEqual(['convoy', 'checkpoint']);
    expect(tier.overBudget).toBe(true);
  });

  it('counts a group in most of the library only to doubling limits, and stops when nothing open could fit', () => {
    const { rowsUpTo, calls } = counter({ everywhere: 1_000_000, some: 7_000, few: 2_000 });
    chooseSecondTier(['everywhere', 'some', 'few'].map(group), rowsUpTo);
    const limits = calls.filter(([word]) => word === 'everywhere').map(([, limit]) => limit);
    // few (2,000) is known at the first limit, some (7,000) at the third; then only the 11,000 rows left
    // are worth counting to.
    expect(limits).toEqual([SECOND_TIER_ROWS / 8, SECOND_TIER_ROWS / 4, SECOND_TIER_ROWS / 2, SECOND_TIER_ROWS - 9_000]);
    expect(calls.filter(([word]) => word === 'few')).toHaveLength(1);
  });

  it('searches two groups in their newest rows when every group is in more rows than the budget', () => {
    const { rowsUpTo } = counter({ one: 50_000, two: 60_000, three: 70_000 });
    const tier = chooseSecondTier(['one', 'two', 'three'].map(group), rowsUpTo);
    expect(tier.groups).toHaveLength(2);
    expect(tier.overBudget).toBe(true);
  });

  it(`takes at most ${SECOND_TIER_GROUPS} groups`, () => {
    const many = Array.from({ length: SECOND_TIER_GROUPS + 8 }, (_, index) => `w${index}`);
    const { rowsUpTo } = counter(Object.fromEntries(many.map((word) => [word, 1])));
    expect(chooseSecondTier(many.map(group), rowsUpTo).groups).toHaveLength(SECOND_TIER_GROUPS);
  });
});
