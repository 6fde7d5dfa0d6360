import { describe, expect, it } from 'vitest';
import { groupLanes, layoutLane, MAX_ROWS, placeMark, undatedOf } from '../../../../renderer/src/features/timeline/laneLayout';
import { segmentsOf, timeSpanOf } from '../../../../renderer/src/features/timeline/eventGeometry';
import { utc } from '../../../../renderer/src/features/timeline/timeScale';
import { card, timelineEvent } from '../../../helpers/timeline-events';

const year2014 = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };

describe('eventGeometry', () => {
  it('draws a day as a point, a month or season as a span, approximate and uncertain dates soft', () => {
    expect(segmentsOf(timelineEvent('a', ['2014-06-25']))[0]).toMatchObject({ point: true, soft: false });
    expect(segmentsOf(timelineEvent('b', ['2014-06']))[0]).toMatchObject({ point: false, soft: false, start: utc(2014, 5, 1), end: utc(2014, 6, 1) });
    expect(segmentsOf(timelineEvent('c', ['2014-22']))[0]).toMatchObject({ point: false });
    expect(segmentsOf(timelineEvent('d', ['2014~']))[0]).toMatchObject({ soft: true, start: utc(2014, 0, 1) });
    expect(segmentsOf(timelineEvent('e', ['2014?']))[0]).toMatchObject({ soft: true });
  });

  it('keeps an open end open, and shows every dating of a conflict but only the main one otherwise', () => {
    expect(segmentsOf(timelineEvent('a', ['2014-06/..']))[0]).toMatchObject({ start: utc(2014, 5, 1), end: null });
    expect(segmentsOf(timelineEvent('b', ['../2013']))[0]).toMatchObject({ start: null, end: utc(2014, 0, 1) });
    expect(segmentsOf(timelineEvent('c', ['2013', '2014']))).toHaveLength(1);
    expect(segmentsOf(timelineEvent('d', ['2013', '2015'], { conflict: true }))).toHaveLength(2);
  });
});

describe('laneLayout', () => {
  it('puts an event in the lane of each of its cards, a card-less one in "No card", undated ones apart', () => {
    const ann = card('Ann');
    const bob = card('Bob');
    const events = [
      timelineEvent('a', ['2014-01'], { participants: [ann, bob] }),
      timelineEvent('b', ['2014-02'], { participants: [ann] }),
      timelineEvent('c', ['2014-03']),
      timelineEvent('u', []),
    ];
    const lanes = groupLanes(events, 'entity');
    expect(lanes.map((lane) => [lane.label, lane.events.map((e) => e.id)])).toEqual([
      ['Ann', ['a', 'b']],
      ['Bob', ['a']],
      ['No card', ['c']],
    ]);
    expect(undatedOf(events).map((e) => e.id)).toEqual(['u']);
  });

  it('groups by type and by tag', () => {
    const events = [timelineEvent('a', ['2014'], { type: 'attack', tags: ['mosul', 'isis'] }), timelineEvent('b', ['2014'], { tags: ['isis'] })];
    expect(groupLanes(events, 'type').map((lane) => lane.label)).toEqual(['attack', 'No type']);
    expect(groupLanes(events, 'tag').map((lane) => [lane.label, lane.events.length])).toEqual([
      ['isis', 2],
      ['mosul', 1],
    ]);
  });

  it('stacks overlapping marks in rows so that no two marks or titles overlap', () => {
    const events = ['2014-03', '2014-03-10', '2014-03-20', '2014-09', '2014'].map((date, i) => timelineEvent(String(i), [date]));
    const lane = layoutLane(groupLanes(events, 'type')[0]!, year2014, 1000);
    expect(lane.marks).toHaveLength(5);
    expect(lane.rows).toBeGreaterThan(1);
    const extent = (mark: (typeof lane.marks)[number]) => [Math.min(mark.x0, mark.extentStart), Math.max(mark.x1, mark.extentEnd)] as const;
    for (const a of lane.marks) {
      for (const b of lane.marks) {
        if (a === b || a.row !== b.row) continue;
        const [a0, a1] = extent(a);
        const [b0, b1] = extent(b);
        expect(a1 <= b0 || b1 <= a0, `${a.event.id} and ${b.event.id} share row ${a.row}`).toBe(true);
      }
    }
  });

  it('leaves out marks outside the window, and runs an open end to the edge', () => {
    const events = [timelineEvent('old', ['1990']), timelineEvent('open', ['2014-06/..'])];
    const lane = layoutLane(groupLanes(events, 'type')[0]!, year2014, 1000);
    expect(lane.marks.map((mark) => mark.event.id)).toEqual(['open']);
    expect(lane.marks[0]!.x1).toBeGreaterThanOrEqual(1000);
    const openStart = placeMark(timelineEvent('s', ['../2014-06']), year2014, 1000)!;
    expect(openStart.x0).toBeLessThanOrEqual(0);
  });

  it('draws a conflict as one mark whose segments sit at each dating', () => {
    const mark = placeMark(timelineEvent('c', ['2014-02-01', '2014-10-01'], { conflict: true }), year2014, 1000)!;
    expect(mark.segments).toHaveLength(2);
    expect(mark.segments[1]!.x0).toBeGreaterThan(mark.segments[0]!.x1);
    expect(mark.labelSide).toBe('after');
  });

  it('puts a title before its mark when there is no room after it, and inside a span wide enough', () => {
    const late = placeMark(timelineEvent('late', ['2014-12-20'], { title: 'A late event with a long title' }), year2014, 1000)!;
    expect(late.labelSide).toBe('before');
    expect(late.extentEnd).toBe(late.x1);
    expect(late.extentStart).toBeLessThan(late.x0 - 100);
    const wide = placeMark(timelineEvent('wide', ['2014-03/2014-09']), year2014, 1000)!;
    expect(wide).toMatchObject({ labelSide: 'inside', extentStart: wide.x0, extentEnd: wide.x1 });
  });
});

describe('laneLayout when zoomed out over many events', () => {
  it('keeps a lane to a few rows and counts the rest in clusters that cover them', () => {
    const events = Array.from({ length: 2000 }, (_, i) =>
      timelineEvent(`e${i}`, [`2014-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`]),
    );
    const lane = layoutLane(groupLanes(events, 'type')[0]!, year2014, 1000);
    expect(lane.rows).toBe(MAX_ROWS + 1);
    const clustered = lane.overflow.reduce((sum, cluster) => sum + cluster.events.length, 0);
    expect(lane.marks.length + clustered).toBe(2000);
    expect(lane.marks.every((mark) => mark.row < MAX_ROWS)).toBe(true);
    for (const cluster of lane.overflow) {
      expect(cluster.end).toBeGreaterThan(cluster.start);
      expect(cluster.x1).toBeGreaterThanOrEqual(cluster.x0);
    }
  });
});

describe('timeSpanOf', () => {
  it('reaches forever at an open end and covers every dating of a conflict', () => {
    expect(timeSpanOf(timelineEvent('a', ['2014-06/..']))).toEqual({ first: utc(2014, 5, 1), last: Infinity });
    expect(timeSpanOf(timelineEvent('b', ['../2013']))).toEqual({ first: -Infinity, last: utc(2014, 0, 1) });
    expect(timeSpanOf(timelineEvent('c', ['2013', '2015'], { conflict: true }))).toEqual({ first: utc(2013, 0, 1), last: utc(2016, 0, 1) });
    expect(timeSpanOf(timelineEvent('u', []))).toEqual({ first: NaN, last: NaN });
  });

  it('keeps a title that reaches into the window from a mark just left of it', () => {
    const justBefore = timelineEvent('b', ['2013-12-30'], { title: 'Just before the window' });
    const lane = layoutLane(groupLanes([justBefore], 'type')[0]!, year2014, 1000);
    expect(lane.marks.map((mark) => mark.event.id)).toEqual(['b']);
  });
});
