import { describe, expect, it } from 'vitest';
import { statedDay } from '../../shared/stated-date';

describe('statedDay', () => {
  it('keeps the local day of a date-time with an offset', () => {
    expect(statedDay('2017-01-18T23:00:00-0800')).toBe('2017-01-18');
    expect(statedDay('2019-01-03T02:00:02-05:00')).toBe('2019-01-03');
    expect(statedDay('2017-11-16T14:15+0000')).toBe('2017-11-16');
    expect(statedDay('2015-07-10 09:53:00 -0400')).toBe('2015-07-10');
    expect(statedDay('2020-11-11 12:00:00.000-0600')).toBe('2020-11-11');
    expect(statedDay('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
  });

  it('reads dates in words and with slashes as the page writes them, whatever the zone named', () => {
    expect(statedDay('Fri Mar 13 21:30:09 EST 2015')).toBe('2015-03-13');
    expect(statedDay('Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)')).toBe('2024-12-07');
    expect(statedDay('Thu, 13 Oct 2016 23:50:03 GMT')).toBe('2016-10-13');
    expect(statedDay('Jan. 13, 2017')).toBe('2017-01-13');
    expect(statedDay('Thursday, March 9, 2017, 6:16 pm')).toBe('2017-03-09');
    expect(statedDay('05/29/2007 09:49:00')).toBe('2007-05-29');
    expect(statedDay('3/09/15 8:00am')).toBe('2015-03-09');
  });

  it('reads compact and partial dates', () => {
    expect(statedDay('20170113')).toBe('2017-01-13');
    expect(statedDay('20170113000004')).toBe('2017-01-13');
    expect(statedDay('2014')).toBe('2014');
    expect(statedDay('2014-07')).toBe('2014-07');
  });

  it('gives null for what states no whole day or an impossible one', () => {
    for (const raw of [
      '',
      '   ',
      null,
      undefined,
      '1 day ago',
      'comment_date',
      'PDT08:05:41-07:00',
      '2015-02-30',
      '20151345',
      'March 2015',
      '12:55 AM',
      'x'.repeat(200),
    ]) {
      expect(statedDay(raw)).toBeNull();
    }
  });
});
