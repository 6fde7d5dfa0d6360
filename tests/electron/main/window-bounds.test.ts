import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, clampWindowBounds, isRect, type Rect } from '../../../electron/main/window-bounds';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 1000 };
const left: Rect = { x: -1280, y: 100, width: 1280, height: 1024 };

const centredDefault = { x: (1920 - DEFAULT_SIZE.width) / 2, y: (1040 - DEFAULT_SIZE.height) / 2, ...DEFAULT_SIZE };

describe('clampWindowBounds', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(clampWindowBounds(null, [primary, right])).toEqual(centredDefault);
  });

  const garbage: unknown[] = [
    undefined,
    'garbage',
    42,
    [],
    {},
    { x: 1, y: 2, width: 3 },
    { x: '10', y: 0, width: 800, height: 600 },
    { x: NaN, y: 0, width: 800, height: 600 },
    { x: 0, y: 0, width: Infinity, height: 600 },
  ];
  it.each(garbage)('falls back to the default for %j', (saved) => {
    expect(clampWindowBounds(saved, [primary])).toEqual(centredDefault);
  });

  it('keeps a window that is fully on a display, on whichever display it is', () => {
    const onRight = { x: 2000, y: 50, width: 1000, height: 700 };
    expect(clampWindowBounds(onRight, [primary, right])).toEqual(onRight);
    const onLeft = { x: -1200, y: 200, width: 900, height: 700 };
    expect(clampWindowBounds(onLeft, [primary, left])).toEqual(onLeft);
  });

  it('moves a window from a display that is gone onto the primary, centred, keeping its size', () => {
    expect(clampWindowBounds({ x: 2000, y: 50, width: 1000, height: 700 }, [primary])).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
  });

  it('pulls a partly off-screen window fully onto its display', () => {
    expect(clampWindowBounds({ x: 1700, y: -200, width: 1000, height: 700 }, [primary])).toEqual({
      x: 920,
      y: 0,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display to fit', () => {
    expect(clampWindowBounds({ x: -50, y: -50, width: 5000, height: 3000 }, [primary])).toEqual(primary);
  });

  it('grows a tiny window to the minimum size (too small to count as visible, so centred)', () => {
    expect(clampWindowBounds({ x: 100, y: 100, width: 10, height: 10 }, [primary])).toEqual({
      x: (1920 - MIN_SIZE.width) / 2,
      y: (1040 - MIN_SIZE.height) / 2,
      ...MIN_SIZE,
    });
  });

  it('rounds fractional bounds', () => {
    expect(clampWindowBounds({ x: 100.4, y: 100.6, width: 800.5, height: 600.2 }, [primary])).toEqual({
      x: 100,
      y: 101,
      width: 801,
      height: 600,
    });
  });

  it('fits a display smaller than the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 600, height: 400 };
    expect(clampWindowBounds({ x: 0, y: 0, width: 800, height: 600 }, [small])).toEqual(small);
  });

  it('copes with no displays at all', () => {
    expect(clampWindowBounds(null, [])).toEqual({ x: 0, y: 0, ...DEFAULT_SIZE });
  });

  it('always answers a rectangle that lies inside one display', () => {
    let seed = 7;
    const random = (min: number, max: number) => {
      seed = (seed * 48271) % 0x7fffffff;
      return min + (seed % (max - min + 1));
    };
    const displays = [primary, right, left];
    for (let round = 0; round < 500; round++) {
      const saved = { x: random(-4000, 5000), y: random(-3000, 3000), width: random(-100, 6000), height: random(-100, 4000) };
      const result = clampWindowBounds(saved, displays);
      expect(isRect(result)).toBe(true);
      const inside = displays.some(
        (d) => result.x >= d.x && result.y >= d.y && result.x + result.width <= d.x + d.width && result.y + result.height <= d.y + d.height,
      );
      expect(inside, JSON.stringify({ saved, result })).toBe(true);
    }
  });
});
