import { describe, expect, it } from 'vitest';
import { frameTransform, layoutFrameFor } from '../../../../renderer/src/features/timeline/layoutFrame';
import { DAY, panWindow, utc, zoomWindow } from '../../../../renderer/src/features/timeline/timeScale';

describe('layoutFrame', () => {
  const view = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };

  it('lays out half a window either side and slides the marks by the pan', () => {
    const frame = layoutFrameFor(null, view, 1000);
    expect(frame.width).toBe(2000);
    expect(frameTransform(frame, view, 1000)).toEqual({ x: 500, k: 1 });
    const panned = panWindow(view, 30 * DAY);
    expect(layoutFrameFor(frame, panned, 1000)).toBe(frame);
    const slid = frameTransform(frame, panned, 1000);
    expect(slid.x).toBeCloseTo(500 + (30 * DAY * 1000) / (view.end - view.start), 6);
    expect(slid.k).toBeCloseTo(1, 9);
  });

  it('lays out again after a zoom, a new width, or a pan near the edge', () => {
    const frame = layoutFrameFor(null, view, 1000);
    expect(layoutFrameFor(frame, zoomWindow(view, 0.9), 1000)).not.toBe(frame);
    expect(layoutFrameFor(frame, view, 900)).not.toBe(frame);
    expect(layoutFrameFor(frame, panWindow(view, 200 * DAY), 1000)).not.toBe(frame);
  });

  it('during a zoom gesture, stretches the last layout (up to a limit) instead of laying out again', () => {
    const frame = layoutFrameFor(null, view, 1000);
    const middle = (view.start + view.end) / 2;
    const zoomedIn = zoomWindow(view, 0.8, middle);
    expect(layoutFrameFor(frame, zoomedIn, 1000, false, true)).toBe(frame);
    // The stretched marks land where a new layout would put them: a time's x is x_frame × k − x.
    const { x, k } = frameTransform(frame, zoomedIn, 1000);
    expect(k).toBeCloseTo(1.25, 9);
    const timeX = (time: number) => ((time - frame.window.start) / (frame.window.end - frame.window.start)) * frame.width * k - x;
    expect(timeX(zoomedIn.start)).toBeCloseTo(0, 6);
    expect(timeX(zoomedIn.end)).toBeCloseTo(1000, 6);
    expect(layoutFrameFor(frame, zoomWindow(view, 1.2, middle), 1000, false, true)).toBe(frame);
    // Too far from the layout's scale, or the gesture over: laid out again.
    expect(layoutFrameFor(frame, zoomWindow(view, 0.5, middle), 1000, false, true)).not.toBe(frame);
    expect(layoutFrameFor(frame, zoomedIn, 1000, false, false)).not.toBe(frame);
  });

  it('lays out just the shown window, every time, the naive way', () => {
    const frame = layoutFrameFor(null, view, 1000, true);
    expect(frame).toMatchObject({ window: view, width: 1000, viewRight: 1000 });
    expect(layoutFrameFor(frame, view, 1000, true)).not.toBe(frame);
  });
});
