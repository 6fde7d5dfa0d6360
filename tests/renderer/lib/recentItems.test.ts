// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { SwitcherItem } from '../../../shared/search/types';
import * as recent from '../../../renderer/src/lib/recentItems';

const item = (kind: SwitcherItem['kind'], id: string, title = id): SwitcherItem => ({ kind, id, title, detail: '', clippingId: null });

beforeEach(() => {
  localStorage.clear();
  recent.setRecentLibrary('lib-1');
});

describe('recentItems', () => {
  it('keeps each item once, newest first, per library, and ignores what it cannot read', () => {
    recent.rememberRecent(item('note', 'n1'));
    recent.rememberRecent(item('card', 'k1'));
    recent.rememberRecent(item('note', 'n1'));
    expect(recent.recentItems().map((i) => i.id)).toEqual(['n1', 'k1']);
    recent.setRecentLibrary('lib-2');
    expect(recent.recentItems()).toEqual([]);
    localStorage.setItem('search.recent.lib-2', '{not json');
    expect(recent.recentItems()).toEqual([]);
    localStorage.setItem('search.recent.lib-2', JSON.stringify([{ kind: 'virus', id: 'x' }, item('event', 'e1')]));
    expect(recent.recentItems().map((i) => i.id)).toEqual(['e1']);
    for (let n = 0; n < recent.MAX_RECENT_ITEMS + 5; n++) recent.rememberRecent(item('clipping', `c${n}`));
    expect(recent.recentItems()).toHaveLength(recent.MAX_RECENT_ITEMS);
    expect(recent.recentItems()[0]!.id).toBe(`c${recent.MAX_RECENT_ITEMS + 4}`);
  });
});

describe('withRecentFirst', () => {
  it('puts the recent items first and does not repeat them', () => {
    expect(recent.withRecentFirst([item('card', 'k1')], [item('note', 'n1'), item('card', 'k1')]).map((i) => i.id)).toEqual(['k1', 'n1']);
  });

  it('keeps what is opened before the library is known, and files it under the library once it is', () => {
    recent.rememberRecent(item('note', 'n0'));
    recent.setRecentLibrary(null);
    recent.rememberRecent(item('card', 'k1'));
    recent.rememberRecent(item('card', 'k2'));
    expect(recent.recentItems().map((i) => i.id)).toEqual(['k2', 'k1']);
    recent.setRecentLibrary('lib-1');
    expect(recent.recentItems().map((i) => i.id)).toEqual(['k2', 'k1', 'n0']);
    recent.setRecentLibrary(null);
    expect(recent.recentItems()).toEqual([]);
  });
});
