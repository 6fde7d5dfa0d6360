// The changed span of two record lists holds every record that differs, and stays small when the
// lists differ in one place.
import { describe, expect, it } from 'vitest';
import { changedRecords } from '../../../../electron/core/search/changed-records';

const list = (records: string[]) => records.join('|');
const many = (count: number) => Array.from({ length: count }, (_, index) => `title ${String(index).padStart(5, '0')}:id${index}`);

describe('changedRecords', () => {
  it('is empty for equal lists and holds the one record that was renamed, added or removed', () => {
    const before = many(5_000);
    expect(changedRecords(list(before), list(before), '|')).toEqual([]);
    const renamed = before.with(2_500, 'title 02500 renamed:id2500');
    expect(changedRecords(list(before), list(renamed), '|')).toEqual(['title 02500 renamed:id2500']);
    // Where the new record and its neighbour begin alike, the span may hold that neighbour too.
    const added = [...before.slice(0, 10), 'title 00010a:new', ...before.slice(10)];
    expect(changedRecords(list(before), list(added), '|')).toEqual(['title 00010a:new', 'title 00010:id10']);
    expect(changedRecords(list(before), list(before.filter((_, index) => index !== 4_000)), '|')).toEqual(['title 04001:id4001']);
  });

  it('holds every record between two changes, at the ends of the list too', () => {
    const before = many(50);
    const after = before.with(0, 'a first:id0').with(49, 'z last:id49');
    expect(changedRecords(list(before), list(after), '|')).toEqual(after);
    expect(changedRecords('', list(['one:1', 'two:2']), '|')).toEqual(['one:1', 'two:2']);
    expect(changedRecords(list(['one:1', 'two:2']), '', '|')).toEqual([]);
    // A record that only grew at its end: the shorter list is a prefix of the longer.
    expect(changedRecords(list(['one:1', 'two:2']), list(['one:1', 'two:22']), '|')).toEqual(['two:22']);
  });
});
