import { describe, expect, it } from 'vitest';
import { anchor } from '../../../shared/anchoring';
import { expectAnchor, expectOrphaned, passageOf } from './helpers';

const TEXT =
  'The delegation arrived in Geneva on Tuesday. Negotiators agreed a ceasefire for the northern districts. ' +
  'Aid convoys are expected to cross at the Bab al-Hawa gate next week.';

describe('anchor: passages that cannot be placed are orphaned', () => {
  const ceasefire = passageOf(TEXT, 'Negotiators agreed a ceasefire for the northern districts.');

  it('when the text is deleted entirely', () => {
    expectOrphaned('', ceasefire);
  });

  it('when the text is replaced by another article', () => {
    expectOrphaned('Markets closed higher on Friday as investors weighed new data on inflation and jobs.', ceasefire);
  });

  it('when its sentence is deleted, while its neighbours still anchor', () => {
    const text = TEXT.replace('Negotiators agreed a ceasefire for the northern districts. ', '');
    expectOrphaned(text, ceasefire);
    expectAnchor(text, passageOf(TEXT, 'Aid convoys'), 'moved', 45, 56, 'Aid convoys');
  });

  it('when its sentence was rewritten beyond a quarter of its characters', () => {
    expectOrphaned(TEXT.replace('Negotiators agreed a ceasefire for', 'Talks collapsed without a truce in'), ceasefire);
  });

  it('a short quote whose words recur elsewhere but whose surroundings are gone', () => {
    // "Geneva" edited to "Geneve" and moved into another sentence: one edit in six characters is
    // within the budget, but nothing around it agrees, so it is not trusted.
    const geneva = passageOf(TEXT, 'Geneva');
    expectOrphaned('Reporters later flew to Geneve for a summit on trade.', geneva);
  });

  it('a quote of three characters or fewer must match verbatim', () => {
    const gate = passageOf(TEXT, 'Bab');
    expectOrphaned(TEXT.replace('Bab al-Hawa', 'Bob al-Hawa'), gate);
  });

  it('an anchor with an empty quote (corrupt data) is orphaned rather than placed anywhere', () => {
    expect(anchor(TEXT, { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } })).toEqual({
      status: 'orphaned',
    });
  });
});
