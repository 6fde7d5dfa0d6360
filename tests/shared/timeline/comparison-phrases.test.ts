import { describe, expect, it } from 'vitest';
import { suggestDates } from '../../../shared/timeline/date-suggestions';

function found(text: string, reference: string): [string, string][] {
  return suggestDates(text, reference).map((suggestion) => [suggestion.text, suggestion.edtf]);
}

describe('suggestDates: periods named against the reference or the reported quarter', () => {
  it('"a year ago" is the year before the reference when no quarter was named', () => {
    expect(found('Prices are 3.8 percent higher than a year earlier, and rents rose more than a year ago.', '1998-02-13')).toEqual([
      ['a year earlier', '1997'],
      ['a year ago', '1997'],
    ]);
  });

  it('in earnings news "a year earlier" is the reported quarter a year before', () => {
    const text = 'Third-quarter net income rose to $5 million. A year earlier, net income was $2.1 million, and the year-ago results were restated.';
    expect(found(text, '1989-11-02')).toEqual([
      ['Third-quarter', '1989-07/1989-09'],
      ['A year earlier', '1988-07/1988-09'],
      ['the year-ago results', '1988-07/1988-09'],
    ]);
  });

  it('year-end is the reference year, late; "since year-end" looks back', () => {
    const [byYearEnd, sinceYearEnd] = suggestDates('The deal should close by year-end. The index is up 12% since year-end.', '1989-11-02');
    expect([byYearEnd?.text, byYearEnd?.edtf, byYearEnd?.modifier]).toEqual(['year-end', '1989', 'late']);
    expect([sinceYearEnd?.text, sinceYearEnd?.edtf]).toEqual(['year-end', '1988']);
  });

  it('"for the year" and "the full year" are the reference year; "the year 2000" and "year-old" are not', () => {
    expect(found('It forecast a rise for the full year and a high for the year. A 40-year-old man; the year before, little changed.', '1989-10-30')).toEqual([
      ['the full year', '1989'],
      ['the year', '1989'],
    ]);
  });

  it('centuries in figures and in words', () => {
    expect(found('The 11th century temple stands; she is a twentieth-century democrat.', '1998-03-01')).toEqual([
      ['The 11th century', '10XX'],
      ['twentieth-century', '19XX'],
    ]);
  });
});
