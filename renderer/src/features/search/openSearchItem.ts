// Opening what a search or the switcher found: the clipping in the Reader (scrolled to the match,
// which flashes), a passage in its clipping, a note in the Notebook (at the match), a card, an event.
import type { SearchHit, SwitcherItem } from '../../../../shared/search/types';
import { leaveNoteMatch } from '../../lib/pendingNoteMatch';
import { openNoteInNotebook } from '../../lib/pendingCitation';
import { entityRoute, goTo, readerMatchRoute, readerRoute, timelineRoute, type Route } from '../../lib/routes';
import { rememberRecent } from '../../lib/recentItems';

/** Where an item opens; null for a note (the Notebook opens its last note, not an address). */
export function routeOf(item: SwitcherItem, match: SearchHit['match'] = null): Route | null {
  switch (item.kind) {
    case 'clipping':
      return match ? readerMatchRoute(item.id, match) : readerRoute(item.id);
    case 'passage':
      return item.clippingId ? readerRoute(item.clippingId, item.id) : null;
    case 'card':
      return entityRoute(item.id);
    case 'event':
      return timelineRoute(item.id);
    case 'note':
      return null;
  }
}

/** Opens a switcher row (or a recent item) and remembers it. */
export function openSwitcherItem(item: SwitcherItem): void {
  rememberRecent(item);
  if (item.kind === 'note') openNoteInNotebook(item.id);
  else {
    const route = routeOf(item);
    if (route) goTo(route);
  }
}

/** Opens a search result at its match and remembers it. */
export function openSearchHit(hit: SearchHit): void {
  const item: SwitcherItem = { kind: hit.kind, id: hit.id, title: hit.title, detail: hit.detail, clippingId: hit.clippingId };
  rememberRecent(item);
  if (hit.kind === 'note') {
    const words = firstHighlighted(hit);
    if (words && hit.match) leaveNoteMatch({ noteId: hit.id, text: words, near: hit.match.start });
    openNoteInNotebook(hit.id);
    return;
  }
  const route = routeOf(item, hit.match);
  if (route) goTo(route);
}

/** The first matched words of the snippet: what to find again in the opened note. */
export function firstHighlighted(hit: Pick<SearchHit, 'snippet' | 'highlights'>): string | null {
  const first = hit.highlights[0];
  if (!first) return null;
  const words = hit.snippet.slice(first[0], first[1]).trim();
  return words === '' ? null : words;
}
