import { describe, expect, it } from 'vitest';
import { MAX_ZOOM, centreOn, fitView, nearestNode, panBy, toScreen, zoomAt } from '../../../../../renderer/src/features/entities/chart/viewport';

const layout = { xs: Float64Array.from([-100, 0, 100]), ys: Float64Array.from([-50, 0, 50]) };
const degrees = [1, 2, 1];

describe('chart viewport', () => {
  it('fits the whole layout inside the canvas with a margin, centred', () => {
    const view = fitView(layout, 400, 300, 20);
    const left = toScreen(view, -100, -50);
    const right = toScreen(view, 100, 50);
    expect(left.x).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(right.x).toBeLessThanOrEqual(380 + 1e-9);
    expect(left.y).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(right.y).toBeLessThanOrEqual(280 + 1e-9);
    expect(toScreen(view, 0, 0)).toEqual({ x: 200, y: 150 });
  });

  it('does not blow a tiny layout up past 2×', () => {
    expect(fitView({ xs: Float64Array.from([0, 1]), ys: Float64Array.from([0, 1]) }, 800, 600).zoom).toBe(2);
  });

  it('keeps the point under the cursor fixed while zooming, within the zoom limits', () => {
    const view = { panX: 10, panY: 20, zoom: 1 };
    const zoomed = zoomAt(view, 3, 150, 90);
    // World point under (150, 90) before: (140, 70); after it must still be at (150, 90).
    expect(toScreen(zoomed, 140, 70)).toEqual({ x: 150, y: 90 });
    expect(zoomAt(view, 1e6, 0, 0).zoom).toBe(MAX_ZOOM);
  });

  it('centres on a point, zooming in only when needed', () => {
    const centred = centreOn({ panX: 0, panY: 0, zoom: 0.5 }, 30, -20, 400, 300, 1.5);
    expect(centred.zoom).toBe(1.5);
    expect(toScreen(centred, 30, -20)).toEqual({ x: 200, y: 150 });
    expect(centreOn({ panX: 0, panY: 0, zoom: 3 }, 0, 0, 400, 300, 1.5).zoom).toBe(3);
  });

  it('pans by screen pixels', () => {
    expect(panBy({ panX: 1, panY: 2, zoom: 3 }, 10, -5)).toEqual({ panX: 11, panY: -3, zoom: 3 });
  });

  it('hit-tests to the nearest card within reach, and to none farther away', () => {
    const view = { panX: 200, panY: 150, zoom: 1 };
    expect(nearestNode(layout, degrees, view, 203, 151)).toBe(1);
    expect(nearestNode(layout, degrees, view, 104, 98)).toBe(0);
    expect(nearestNode(layout, degrees, view, 150, 120)).toBe(-1);
  });
});
