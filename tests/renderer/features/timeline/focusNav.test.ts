import { describe, expect, it } from 'vitest';
import { sortTime } from '../../../../renderer/src/features/timeline/eventGeometry';
import { clusteredFocusTime, firstFocus, moveFocus } from '../../../../renderer/src/features/timeline/focusNav';
import { groupLanes, layoutLane } from '../../../../renderer/src/features/timeline/laneLayout';
import { utc } from '../../../../renderer/src/features/timeline/timeScale';
import { card, timelineEvent } from '../../../helpers/timeline-events';

const ann = card('Ann');
const bob = card('Bob');
const lanes = groupLanes(
  [
    timelineEvent('a1', ['2014-03'], { participants: [ann] }),
    timelineEvent('a2', ['2014-01'], { participants: [ann] }),
    timelineEvent('a3', ['2015'], { participants: [ann] }),
    timelineEvent('b1', ['2010'], { participants: [bob] }),
    timelineEvent('b2', ['2014-04'], { participants: [bob] }),
  ],
  'entity',
);

describe('focusNav', () => {
  it('starts at the first event of the first lane', () => {
    expect(firstFocus(lanes)).toEqual({ laneKey: `entity:${ann.id}`, eventId: 'a2' });
    expect(firstFocus([])).toBeNull();
  });

  it('moves left and right in time order and stops at the ends', () => {
    let focus = firstFocus(lanes);
    focus = moveFocus(lanes, focus, 'next');
    expect(focus?.eventId).toBe('a1');
    focus = moveFocus(lanes, focus, 'next');
    expect(focus?.eventId).toBe('a3');
    expect(moveFocus(lanes, focus, 'next')?.eventId).toBe('a3');
    expect(moveFocus(lanes, firstFocus(lanes), 'previous')?.eventId).toBe('a2');
  });

  it('moves up and down to the nearest event in time of the next lane', () => {
    const onA1 = { laneKey: `entity:${ann.id}`, eventId: 'a1' };
    expect(moveFocus(lanes, onA1, 'down')).toEqual({ laneKey: `entity:${bob.id}`, eventId: 'b2' });
    expect(moveFocus(lanes, onA1, 'up')).toEqual(onA1);
  });

  it('goes to the first event when the focused one is no longer shown', () => {
    expect(moveFocus(lanes, { laneKey: 'gone', eventId: 'x' }, 'next')?.eventId).toBe('a2');
  });
});

describe('a focused event counted in a "+N" cluster', () => {
  const crowd = Array.from({ length: 12 }, (_, i) => timelineEvent(`c${i}`, [`2014-06-${String(10 + i).padStart(2, '0')}`], { participants: [ann] }));
  const [lane] = groupLanes(crowd, 'entity');
  const wide = { start: utc(2000, 0, 1), end: utc(2030, 0, 1) };

  it('asks to zoom in around it while it is not drawn, and not once it is', () => {
    const laid = [layoutLane(lane!, wide, 1000)];
    const hidden = laid[0]!.overflow[0]!.events[0]!;
    expect(laid[0]!.marks.some((mark) => mark.event.id === hidden.id)).toBe(false);
    const focus = { laneKey: lane!.key, eventId: hidden.id };
    expect(clusteredFocusTime(laid, focus)).toBe(sortTime(hidden));
    const near = [layoutLane(lane!, { start: utc(2014, 5, 1), end: utc(2014, 6, 1) }, 4000)];
    expect(near[0]!.marks.some((mark) => mark.event.id === hidden.id)).toBe(true);
    expect(clusteredFocusTime(near, focus)).toBeNull();
  });
});
