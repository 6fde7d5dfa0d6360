import { describe, expect, it } from 'vitest';
import { entityRoute, formatHash, parseHash, placeRoute, readerMatchRoute, readerRoute, timelineRoute, type Route } from '../../../renderer/src/lib/routes';

describe('routes', () => {
  it('writes each kind of route as a hash and reads it back', () => {
    const routes: Route[] = [
      placeRoute('library'),
      readerRoute('c1'),
      readerRoute('c1', 'p 2'),
      entityRoute('e/3'),
      { place: 'entities', clippingId: null, chart: true },
      placeRoute('notebook'),
    ];
    expect(routes.map(formatHash)).toEqual(['#/library', '#/reader/c1', '#/reader/c1/p%202', '#/entities/e%2F3', '#/entities/chart', '#/notebook']);
    expect(routes.map((route) => parseHash(formatHash(route)))).toEqual([
      { place: 'library', clippingId: null },
      { place: 'reader', clippingId: 'c1', passageId: null },
      { place: 'reader', clippingId: 'c1', passageId: 'p 2' },
      { place: 'entities', clippingId: null, entityId: 'e/3' },
      { place: 'entities', clippingId: null, chart: true },
      { place: 'notebook', clippingId: null },
    ]);
  });

  it('addresses an event on the Timeline, and the Timeline alone without one', () => {
    expect(formatHash(timelineRoute('ev 1'))).toBe('#/timeline/ev%201');
    expect(parseHash('#/timeline/ev%201')).toEqual({ place: 'timeline', clippingId: null, eventId: 'ev 1' });
    expect(parseHash('#/timeline')).toEqual({ place: 'timeline', clippingId: null });
    expect(formatHash(placeRoute('timeline'))).toBe('#/timeline');
  });

  it('addresses a search match in the Reader, and ignores a span that is not one', () => {
    expect(formatHash(readerMatchRoute('c 1', { start: 120, end: 134 }))).toBe('#/reader/c%201/at/120-134');
    expect(parseHash('#/reader/c%201/at/120-134')).toEqual({ place: 'reader', clippingId: 'c 1', passageId: null, match: { start: 120, end: 134 } });
    expect(parseHash('#/reader/c1/at/9-3')).toEqual({ place: 'reader', clippingId: 'c1', passageId: null, match: null });
    expect(parseHash('#/reader/c1/at/x')).toEqual({ place: 'reader', clippingId: 'c1', passageId: null, match: null });
    expect(formatHash({ place: 'reader', clippingId: 'c1', passageId: null, match: null })).toBe('#/reader/c1');
  });

  it('reads anything unknown as the Library', () => {
    expect(parseHash('')).toEqual({ place: 'library', clippingId: null });
    expect(parseHash('#/nowhere/x')).toEqual({ place: 'library', clippingId: null });
  });

  it('keeps the open clipping when the navigation goes back to the Reader, and only then', () => {
    const reading = readerRoute('c1', 'p1');
    expect(placeRoute('reader', reading)).toEqual({ place: 'reader', clippingId: 'c1' });
    expect(placeRoute('passages', reading)).toEqual({ place: 'passages', clippingId: null });
    expect(placeRoute('reader')).toEqual({ place: 'reader', clippingId: null });
  });
});
