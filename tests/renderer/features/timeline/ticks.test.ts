import { describe, expect, it } from 'vitest';
import { chooseStep, ticksFor } from '../../../../renderer/src/features/timeline/ticks';
import { HOUR, utc, YEAR } from '../../../../renderer/src/features/timeline/timeScale';

const labels = (start: number, end: number, width = 1000) => ticksFor({ start, end }, width).map((tick) => tick.label);

describe('ticks', () => {
  it('labels centuries, decades, years, months, days and hours as the zoom deepens', () => {
    expect(labels(utc(1000, 0, 1), utc(2000, 0, 1))).toContain('1500');
    expect(labels(utc(1900, 0, 1), utc(2000, 0, 1))).toContain('1950s');
    expect(labels(utc(2010, 0, 1), utc(2020, 0, 1))).toContain('2014');
    const months = labels(utc(2014, 0, 15), utc(2014, 11, 15), 1200);
    expect(months).toEqual(expect.arrayContaining(['Jun', 'Jul']));
    expect(months[0]).toBe('Feb 2014');
    const days = labels(utc(2014, 5, 20), utc(2014, 5, 30));
    expect(days).toContain('25 Jun');
    expect(days[0]).toMatch(/2014$/);
    const hours = labels(utc(2014, 5, 25, 6), utc(2014, 5, 25, 18));
    expect(hours).toContain('12:00');
  });

  it('keeps ticks at least the minimum spacing apart', () => {
    for (const span of [4 * HOUR, 3 * 24 * HOUR, 200 * 24 * HOUR, 3 * YEAR, 80 * YEAR, 1500 * YEAR]) {
      const window = { start: utc(1500, 0, 1), end: utc(1500, 0, 1) + span };
      const ticks = ticksFor(window, 900);
      expect(ticks.length, `span ${span}`).toBeGreaterThan(1);
      const pixels = ticks.map((tick) => ((tick.time - window.start) / span) * 900);
      for (let i = 1; i < pixels.length; i++) expect(pixels[i]! - pixels[i - 1]!).toBeGreaterThanOrEqual(72 * 0.8);
    }
  });

  it('steps days evenly across a month end, so labels do not collide', () => {
    const window = { start: utc(2014, 4, 25), end: utc(2014, 5, 10) };
    const step = chooseStep(window, 900);
    expect(step).toMatchObject({ unit: 'day', count: 2 });
    const days = ticksFor(window, 900).map((tick) => tick.label);
    expect(days).toEqual(expect.arrayContaining(['28 May', '30 May', '1 Jun']));
    const times = ticksFor(window, 900).map((tick) => tick.time);
    expect(new Set(times.slice(1).map((time, i) => time - times[i]!))).toEqual(new Set([2 * 24 * HOUR]));
  });

  it('marks the start of a bigger unit as major', () => {
    const ticks = ticksFor({ start: utc(2013, 6, 1), end: utc(2014, 6, 1) }, 1000);
    expect(ticks.find((tick) => tick.label === 'Jan 2014')?.major).toBe(true);
    expect(ticks.find((tick) => tick.label === 'Mar')?.major).toBe(false);
  });
});

describe('ticks far from today', () => {
  it('labels the first centuries without padding or shifting years below 100', () => {
    const early = labels(utc(1, 0, 1), utc(90, 0, 1));
    expect(early).toEqual(expect.arrayContaining(['10s', '50s']));
    expect(early.every((label) => /^\d{1,2}s$/.test(label))).toBe(true);
    expect(labels(utc(1, 0, 1), utc(20, 0, 1))).toEqual(expect.arrayContaining(['2', '10']));
    const days = labels(utc(45, 2, 10), utc(45, 2, 20));
    expect(days).toContain('15 Mar');
    expect(days[0]).toMatch(/ 45$/);
  });

  it('steps by centuries across two thousand years, up to the last year the timeline takes', () => {
    const ticks = ticksFor({ start: utc(7999, 0, 1), end: utc(9999, 11, 31) }, 1000);
    const years = ticks.map((tick) => new Date(tick.time).getUTCFullYear());
    expect(years.every((year) => year % 100 === 0)).toBe(true);
    expect(years).toContain(9000);
    expect(chooseStep({ start: utc(1, 0, 1), end: utc(2001, 0, 1) }, 1000).count).toBeGreaterThanOrEqual(100);
  });
});
