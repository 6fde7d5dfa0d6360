import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  DAY,
  dayEnd,
  dayStart,
  fitWindow,
  MAX_SPAN,
  MIN_SPAN,
  panWindow,
  toTime,
  toX,
  utc,
  YEAR,
  zoomWindow,
} from '../../../../renderer/src/features/timeline/timeScale';

describe('timeScale', () => {
  it('reads days of any year from 1 to 9999 without shifting two-digit years', () => {
    expect(new Date(dayStart('0045-03-15')).getUTCFullYear()).toBe(45);
    expect(dayStart('2014-06-25')).toBe(Date.UTC(2014, 5, 25));
    expect(dayEnd('2014-06-25') - dayStart('2014-06-25')).toBe(DAY);
  });

  it('maps times to pixels and back', () => {
    const window = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };
    const x = toX(window, 1000, (window.start + window.end) / 2);
    expect(x).toBeCloseTo(500, 0);
    expect(toTime(window, 1000, 250)).toBeCloseTo(window.start + (window.end - window.start) / 4, -1);
  });

  it('maps the first century and the last years the timeline takes', () => {
    const early = { start: utc(1, 0, 1), end: utc(101, 0, 1) };
    expect(toX(early, 1000, utc(51, 0, 1))).toBeCloseTo(500, 0);
    expect(new Date(toTime(early, 1000, 500)).getUTCFullYear()).toBe(51);
    const late = { start: utc(7999, 0, 1), end: utc(10000, 0, 1) };
    expect(new Date(toTime(late, 1000, 1000)).getUTCFullYear()).toBe(10000);
    expect(toX(late, 1000, utc(8999, 0, 1))).toBeCloseTo(500, 0);
  });

  it('zooms around the anchor, which keeps its place on screen', () => {
    const window = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };
    const anchor = utc(2014, 3, 1);
    const zoomed = zoomWindow(window, 0.5, anchor);
    expect(zoomed.end - zoomed.start).toBeCloseTo((window.end - window.start) / 2, -3);
    expect(toX(zoomed, 1000, anchor)).toBeCloseTo(toX(window, 1000, anchor), 3);
  });

  it('stops zooming at hours and at centuries', () => {
    const window = { start: utc(2014, 0, 1), end: utc(2014, 0, 2) };
    const deep = zoomWindow(window, 1e-6);
    expect(deep.end - deep.start).toBe(MIN_SPAN);
    const wide = zoomWindow(window, 1e9);
    expect(wide.end - wide.start).toBe(MAX_SPAN);
  });

  it('pans and keeps the window inside the calendar', () => {
    const window = { start: utc(2014, 0, 1), end: utc(2015, 0, 1) };
    expect(panWindow(window, DAY).start).toBe(window.start + DAY);
    const far = panWindow(window, -3000 * YEAR);
    expect(far.start).toBe(utc(1, 0, 1));
    expect(clampWindow({ start: utc(9999, 0, 1), end: utc(10010, 0, 1) }).end).toBe(utc(10000, 0, 1));
  });

  it('fits a stretch with a margin, and a single day with a few weeks around it', () => {
    const fitted = fitWindow(utc(2013, 0, 1), utc(2015, 0, 1));
    expect(fitted.start).toBeLessThan(utc(2013, 0, 1));
    expect(fitted.end).toBeGreaterThan(utc(2015, 0, 1));
    const day = fitWindow(dayStart('2014-06-25'), dayEnd('2014-06-25'));
    expect(day.end - day.start).toBeGreaterThan(14 * DAY);
    expect(day.start).toBeLessThan(dayStart('2014-06-25'));
  });
});

describe('fit all', () => {
  it('leaves more room after the last event than before the first, for its title', () => {
    const first = utc(2010, 4, 1);
    const last = utc(2014, 8, 1);
    const fitted = fitWindow(first, last);
    const before = first - fitted.start;
    const after = fitted.end - last;
    expect(after).toBeGreaterThan(before * 2);
    expect(after / (fitted.end - fitted.start)).toBeGreaterThan(0.15);
  });
});
