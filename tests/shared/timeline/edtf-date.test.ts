import { describe, expect, it } from 'vitest';
import { isPartialDate, toPartialDate } from '../../../shared/partial-date';
import { edtfDate, edtfDateProblem, parseEdtfDate } from '../../../shared/timeline/edtf-date';

function days(input: string): [string | null, string | null] {
  const date = edtfDate(input);
  return [date.earliest, date.latest];
}

describe('parseEdtfDate: the dates analysts meet', () => {
  it.each([
    ['2014-06-25', '2014-06-25', '2014-06-25', '25 June 2014'],
    ['2014-06', '2014-06-01', '2014-06-30', 'June 2014'],
    ['2014', '2014-01-01', '2014-12-31', '2014'],
    ['2016-02', '2016-02-01', '2016-02-29', 'February 2016'],
    ['201X', '2010-01-01', '2019-12-31', 'the 2010s'],
    ['199X', '1990-01-01', '1999-12-31', 'the 1990s'],
    ['19XX', '1900-01-01', '1999-12-31', 'the 1900s'],
    ['2014-06-XX', '2014-06-01', '2014-06-30', 'June 2014 (day unknown)'],
    ['2013/2014', '2013-01-01', '2014-12-31', '2013 – 2014'],
    ['2014-06-01/2014-06-30', '2014-06-01', '2014-06-30', '1 June 2014 – 30 June 2014'],
    ['2014-06/2014-09', '2014-06-01', '2014-09-30', 'June 2014 – September 2014'],
  ])('%s covers %s … %s, "%s"', (input, earliest, latest, label) => {
    const result = parseEdtfDate(input);
    expect(result).toEqual({
      ok: true,
      date: {
        edtf: input,
        earliest,
        latest,
        approximate: false,
        uncertain: false,
        openStart: false,
        openEnd: false,
        label,
      },
    });
  });

  it('gives seasons their meteorological months, not the library quarters', () => {
    expect(days('2014-21')).toEqual(['2014-03-01', '2014-05-31']);
    expect(days('2014-22')).toEqual(['2014-06-01', '2014-08-31']);
    expect(days('2014-23')).toEqual(['2014-09-01', '2014-11-30']);
    expect(days('2015-24')).toEqual(['2015-12-01', '2016-02-29']);
    expect(edtfDate('2014-22').label).toBe('summer 2014');
    expect(edtfDate('2014-21').label).toBe('spring 2014');
    expect(edtfDate('2014-24').label).toBe('winter 2014–15');
  });

  it('keeps the days of an approximate or uncertain date and flags it', () => {
    expect(edtfDate('2014~')).toMatchObject({
      earliest: '2014-01-01',
      latest: '2014-12-31',
      approximate: true,
      uncertain: false,
      label: 'about 2014',
    });
    expect(edtfDate('2014?')).toMatchObject({ approximate: false, uncertain: true, label: '2014 (uncertain)' });
    expect(edtfDate('2014%')).toMatchObject({ approximate: true, uncertain: true });
    expect(edtfDate('2014-06~')).toMatchObject({ earliest: '2014-06-01', latest: '2014-06-30', label: 'about June 2014' });
    expect(edtfDate('2013~/2014')).toMatchObject({ approximate: true, label: 'about 2013 – 2014' });
  });

  it('has no day for an open or unknown end and flags it', () => {
    expect(edtfDate('../2013')).toMatchObject({
      earliest: null,
      latest: '2013-12-31',
      openStart: true,
      openEnd: false,
      label: 'until 2013',
    });
    expect(edtfDate('2014-06/..')).toMatchObject({
      earliest: '2014-06-01',
      latest: null,
      openStart: false,
      openEnd: true,
      label: 'from June 2014',
    });
    expect(edtfDate('/2013')).toMatchObject({ earliest: null, openStart: true });
    expect(edtfDate('2014/')).toMatchObject({ latest: null, openEnd: true });
  });

  it('accepts surrounding spaces and returns the canonical form', () => {
    expect(edtfDate(' 2014-06 ').edtf).toBe('2014-06');
  });
});

describe('parseEdtfDate: bad input gets a message that says what to do', () => {
  it.each([
    ['2014-02-31', /February 2014 has 28 days/],
    ['2016-02-30', /February 2016 has 29 days/],
    ['2014-02-29/2014-03', /February 2014 has 28 days/],
    ['2014-13', /neither a month \(01–12\) nor a season/],
    ['2014-00-10', /not a month/],
    ['0000', /year 0/],
    ['2014/2013', /ends \(2013\) before it starts \(2014\)/],
    ['June 2014', /not a date the timeline can read\. Use a form such as 2014-06-25/],
    ['', /empty/],
    ['{2014,2015}', /not a date the timeline can read/],
    ['201', /not a date the timeline can read/],
    ['Y17000', /years from 0001 to 9999/],
  ])('%s', (input, message) => {
    const result = parseEdtfDate(input);
    expect(result.ok).toBe(false);
    expect(edtfDateProblem(input)).toMatch(message);
    expect(() => edtfDate(input)).toThrow(message);
  });

  it('passes a valid date', () => {
    expect(edtfDateProblem('2014-06')).toBeNull();
  });
});

describe('the partial dates of clippings and relations are a subset', () => {
  const shapes = ['1999', '2014', '2014-01', '2014-07', '2014-12', '2016-02-29', '2014-07-02', '2014-12-31'];
  const notDays = ['2014-00', '2014-13', '2014-02-29', '2014-04-31', '2014-07-00', '2014-07-32'];

  it('agrees with isPartialDate on what is a date', () => {
    for (const value of [...shapes, ...notDays]) {
      expect(parseEdtfDate(value).ok, value).toBe(isPartialDate(value));
    }
  });

  it('keeps the value as it is and covers exactly the days it names', () => {
    expect(edtfDate('2014').edtf).toBe('2014');
    expect(days('2014-07')).toEqual(['2014-07-01', '2014-07-31']);
    expect(days('2014-07-02')).toEqual(['2014-07-02', '2014-07-02']);
    for (const raw of ['2014-07-02T10:00:00Z', '2014-07', 'July 2014', 'July 2, 2014', '2014']) {
      const partial = toPartialDate(raw)!;
      expect(edtfDate(partial).edtf, raw).toBe(partial);
      expect(edtfDate(partial).earliest!.startsWith(partial), raw).toBe(true);
    }
  });

  it('sorts by earliest day in the same order as the partial dates sort as text', () => {
    const sortedAsText = [...shapes].sort();
    const sortedByDay = [...shapes].sort((a, b) => {
      const [x, y] = [edtfDate(a).earliest!, edtfDate(b).earliest!];
      return x < y ? -1 : x > y ? 1 : a.length - b.length;
    });
    expect(sortedByDay).toEqual(sortedAsText);
  });
});
