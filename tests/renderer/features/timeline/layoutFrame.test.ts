import { describe, expect, it } from 'vitest';
import { frameOffset, layoutFrameFor } from '../../../../renderer/src/features/timeline/layoutFrame';
import { DAY, panWindow, utc, zoomWindow } from '../../../../renderer/src/features/timeline/timeScale';

describe('layoutFrame', () => {
  const view = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };

  it('lays out half a window either side and slides the marks by the pan', () => {
    const frame = layoutFrameFor(null, view, 1000);
    expect(frame.width).toBe(2000);
    expect(frameOffset(frame, view)).toBeCloseTo(500, 6);
    const panned = panWindow(view, 30 * DAY);
    expect(layoutFrameFor(frame, panned, 1000)).toBe(frame);
    expect(frameOffset(frame, panned)).toBeCloseTo(500 + (30 * DAY * 1000) / (view.end - view.start), 6);
  });

  it('lays out again after a zoom, a new width, or a pan near the edge', () => {
    const frame = layoutFrameFor(null, view, 1000);
    expect(layoutFrameFor(frame, zoomWindow(view, 0.9), 1000)).not.toBe(frame);
    expect(layoutFrameFor(frame, view, 900)).not.toBe(frame);
    expect(layoutFrameFor(frame, panWindow(view, 200 * DAY), 1000)).not.toBe(frame);
  });

  it('lays out just the shown window, every time, the naive way', () => {
    const frame = layoutFrameFor(null, view, 1000, true);
    expect(frame).toEqual({ window: view, width: 1000, viewRight: 1000 });
    expect(layoutFrameFor(frame, view, 1000, true)).not.toBe(frame);
  });
});
