// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { firstHighlighted, openSearchHit, openSwitcherItem, routeOf } from '../../../../renderer/src/features/search/openSearchItem';
import { takeNoteMatch } from '../../../../renderer/src/lib/pendingNoteMatch';
import { lastOpenNoteId } from '../../../../renderer/src/lib/pendingCitation';
import { recentItems, setRecentLibrary } from '../../../../renderer/src/lib/recentItems';
import { hit } from './search-fixture';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '';
  setRecentLibrary('lib-1');
});

describe('routeOf', () => {
  it('opens each kind where it lives', () => {
    const base = { title: 't', detail: '', clippingId: null };
    expect(routeOf({ ...base, kind: 'clipping', id: 'c1' }, { start: 4, end: 10 })).toEqual({
      place: 'reader',
      clippingId: 'c1',
      passageId: null,
      match: { start: 4, end: 10 },
    });
    expect(routeOf({ ...base, kind: 'passage', id: 'p1', clippingId: 'c1' })).toEqual({ place: 'reader', clippingId: 'c1', passageId: 'p1' });
    expect(routeOf({ ...base, kind: 'card', id: 'k1' })).toEqual({ place: 'entities', clippingId: null, entityId: 'k1' });
    expect(routeOf({ ...base, kind: 'event', id: 'e1' })).toEqual({ place: 'timeline', clippingId: null, eventId: 'e1' });
  });
});

describe('openSearchHit', () => {
  it('opens a clipping at its match and remembers it', () => {
    openSearchHit(hit('clipping', 'c1', { title: 'Convoy', match: { start: 120, end: 126 } }));
    expect(window.location.hash).toBe('#/reader/c1/at/120-126');
    expect(recentItems()[0]).toMatchObject({ kind: 'clipping', id: 'c1', title: 'Convoy' });
  });

  it('opens a note with the matched words left for its editor to find and flash', () => {
    openSearchHit(hit('note', 'n1', { snippet: '… the armed convoy crossed …', highlights: [[12, 18]], match: { start: 300, end: 306 } }));
    expect(window.location.hash).toBe('#/notebook');
    expect(lastOpenNoteId()).toBe('n1');
    expect(takeNoteMatch('other')).toBeNull();
    expect(takeNoteMatch('n1')).toEqual({ noteId: 'n1', text: 'convoy', near: 300 });
    expect(takeNoteMatch('n1')).toBeNull();
  });

  it('opens a switcher row', () => {
    openSwitcherItem({ kind: 'event', id: 'e 1', title: 'Fall of Mosul', detail: '', clippingId: null });
    expect(window.location.hash).toBe('#/timeline/e%201');
  });
});

describe('firstHighlighted', () => {
  it('takes the first marked words of the snippet, or none', () => {
    expect(firstHighlighted({ snippet: 'a convoy', highlights: [[2, 8]] })).toBe('convoy');
    expect(firstHighlighted({ snippet: 'a convoy', highlights: [] })).toBeNull();
  });
});
