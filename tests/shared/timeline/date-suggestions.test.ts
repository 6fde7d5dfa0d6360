import { describe, expect, it } from 'vitest';
import { suggestDates } from '../../../shared/timeline/date-suggestions';

/** [text, EDTF] of each suggestion, in order. */
function found(text: string, reference: string): [string, string][] {
  return suggestDates(text, reference).map((suggestion) => [suggestion.text, suggestion.edtf]);
}

describe('suggestDates: what chrono-node misses', () => {
  it('a year alone, with its sentence as evidence; "for months" is no date', () => {
    const text = 'The group grew quickly. Al-Qaeda cut its ties with the group in 2013, after months of disputes. Fighters had been arriving for months.';
    const [suggestion, ...others] = suggestDates(text, '2014-07-02');
    expect(others).toEqual([]);
    expect(suggestion).toEqual({
      start: text.indexOf('2013'),
      end: text.indexOf('2013') + 4,
      text: '2013',
      edtf: '2013',
      earliest: '2013-01-01',
      latest: '2013-12-31',
      label: '2013',
      sentence: {
        start: text.indexOf('Al-Qaeda'),
        end: text.indexOf('disputes.') + 'disputes.'.length,
      },
    });
  });

  it('decades', () => {
    expect(found("Violence in the 1990s left scars, as it did in the '80s and the nineties.", '2014-07-02')).toEqual([
      ['the 1990s', '199X'],
      ["the '80s", '198X'],
      ['the nineties', '199X'],
    ]);
  });

  it('early, mid and late keep the whole year or month and say which part', () => {
    const suggestions = suggestDates(
      'Talks stalled in early 2014, resumed in mid-2013, broke down in late 2012 and restarted at the end of 1990 and in mid-November.',
      '2014-07-02',
    );
    expect(suggestions.map((s) => [s.text, s.edtf, s.modifier])).toEqual([
      ['early 2014', '2014', 'early'],
      ['mid-2013', '2013', 'mid'],
      ['late 2012', '2012', 'late'],
      ['the end of 1990', '1990', 'late'],
      ['mid-November', '2013-11', 'mid'],
    ]);
    expect(suggestions[0]).toMatchObject({ earliest: '2014-01-01', latest: '2014-12-31' });
  });

  it('seasons, with the season of the reference day', () => {
    expect(found('The offensive began last summer and a new one is planned for spring 2015; aid stopped in the winter of 2012.', '2014-07-02')).toEqual([
      ['last summer', '2013-22'],
      ['spring 2015', '2015-21'],
      ['the winter of 2012', '2012-24'],
    ]);
    expect(found('Prices rose this summer.', '2014-07-02')).toEqual([['this summer', '2014-22']]);
    expect(found('A fall in prices and the fall of Mosul.', '2014-07-02')).toEqual([]);
  });

  it('quarters as TimeBank resolves them: the most recent one begun by publication', () => {
    expect(found('Profit fell in the third quarter, after a strong first quarter; the fourth-quarter outlook is weak.', '1989-11-02')).toEqual([
      ['the third quarter', '1989-07/1989-09'],
      ['first quarter', '1989-01/1989-03'],
      ['the fourth-quarter', '1989-10/1989-12'],
    ]);
    expect(found('Sales dropped from the year-ago quarter and in the 1988 second quarter.', '1989-11-02')).toEqual([
      ['the year-ago quarter', '1988-07/1988-09'],
      ['the 1988 second quarter', '1988-04/1988-06'],
    ]);
  });

  it('a month without a year is the most recent one before publication, not the nearest', () => {
    expect(found('The militants took the town last June and lost it in May.', '2014-05-20')).toEqual([
      ['last June', '2013-06'],
      ['May', '2014-05'],
    ]);
    // chrono-node alone would read "in May" from February as the coming May.
    expect(found('The ceasefire collapsed in May.', '2014-02-10')).toEqual([['May', '2013-05']]);
    // …unless the sentence looks ahead.
    expect(found('Elections will be held in May.', '2014-02-10')).toEqual([['May', '2014-05']]);
  });

  it('"that week" is the week of the day mentioned before it', () => {
    expect(found('The convoy left Raqqa on June 10. Later that week, it reached the border.', '2014-07-02')).toEqual([
      ['June 10', '2014-06-10'],
      ['that week', '2014-06-09/2014-06-15'],
    ]);
    expect(found('Later that week, it reached the border.', '2014-07-02')).toEqual([]);
    expect(found('Officials met last week and will meet again next week.', '2014-07-02')).toEqual([
      ['last week', '2014-06-23/2014-06-29'],
      ['next week', '2014-07-07/2014-07-13'],
    ]);
  });

  it('a weekday is the most recent one on or before publication', () => {
    // 2 July 2014 is a Wednesday.
    expect(found('The commander was killed on Friday, officials said on Wednesday.', '2014-07-02')).toEqual([
      ['on Friday', '2014-06-27'],
      ['on Wednesday', '2014-07-02'],
    ]);
    expect(found('The talks are scheduled to resume Monday.', '2014-07-02')).toEqual([['Monday', '2014-07-07']]);
  });

  it('yesterday and today', () => {
    expect(found('Yesterday the army withdrew; today the town is quiet.', '2014-07-02')).toEqual([
      ['Yesterday', '2014-07-01'],
      ['today', '2014-07-02'],
    ]);
  });

  it('days, months and years written out, years in words, ranges', () => {
    expect(found('The deal was signed on June 25, 2014, announced in July 2014, and closes Sept. 30.', '2014-07-02')).toEqual([
      ['June 25, 2014', '2014-06-25'],
      ['July 2014', '2014-07'],
      ['Sept. 30', '2014-09-30'],
    ]);
    expect(found('In nineteen ninety-one he was convicted; the 1989-90 season was poor.', '1998-01-15')).toEqual([
      ['nineteen ninety-one', '1991'],
      ['1989-90', '1989/1990'],
    ]);
    expect(found('Shares were bought from Aug. 26 to Oct. 20.', '1989-10-30')).toEqual([
      ['Aug. 26', '1989-08-26'],
      ['Oct. 20', '1989-10-20'],
    ]);
  });
});

describe('suggestDates: what is not a date', () => {
  it.each([
    ['durations', 'The siege lasted for months; he served three years and spent the past two weeks in hiding.'],
    ['Sun the company and money', 'Sun Microsystems rose 2.50 a share to $14, a gain of 7/8.'],
    ['fractions and scores', 'The bonds rose 12 3/4 points; the team won 21-14 and 3-1.'],
    ['clock times alone', 'The meeting ended at 3 p.m. and resumed at 10:30.'],
    ['page, section and model numbers', 'See page 2013, section 1998 and No. 1984 of the Boeing model 2000.'],
    ['quantities and ages', 'About 2000 people fled and 1500 troops arrived; a 45-year-old man was among them.'],
    ['"now" and "recently"', 'The town is now quiet; fighting recently moved north and currently rages there.'],
  ])('%s', (_, text) => {
    expect(found(text, '2014-07-02')).toEqual([]);
  });
});

describe('suggestDates: the reference date', () => {
  it('a partial reference does not give a relative expression more precision than it has', () => {
    expect(found('Yesterday the army withdrew; last year it advanced; on Friday it rested.', '2014-06')).toEqual([
      ['Yesterday', '2014-06~'],
      ['last year', '2013'],
      ['on Friday', '2014-06~'],
    ]);
    expect(found('Last month it advanced.', '2014-06')).toEqual([['Last month', '2014-05']]);
  });

  it('refuses a reference that is not a partial date', () => {
    expect(() => suggestDates('In 2013.', 'June 2014')).toThrow(/not a reference date/);
  });

  it('gives UTF-16 offsets', () => {
    const text = '😀 Fighting resumed in 2013. Then 2014 came.';
    const suggestions = suggestDates(text, '2014-07-02');
    expect(suggestions.map((s) => text.slice(s.start, s.end))).toEqual(['2013', '2014']);
    expect(text.slice(suggestions[1]!.sentence.start, suggestions[1]!.sentence.end)).toBe('Then 2014 came.');
  });

  it('suggests nothing in an empty text', () => {
    expect(suggestDates('', '2014-07-02')).toEqual([]);
  });
});

describe('suggestDates: the present in general and rules', () => {
  it('"today\'s world" and "each Thursday" are not dates', () => {
    expect(found("In today's world, a flight leaves each Thursday.", '2014-07-02')).toEqual([]);
  });
});
