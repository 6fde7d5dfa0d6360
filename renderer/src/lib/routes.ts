// Where the app can go: the places of the product (in navigation order; keys 1–6 switch between
// them), their addresses in the URL hash, and goTo, the one way any part of the page goes somewhere.
export const PLACES = [
  { id: 'library', label: 'Library', key: '1' },
  { id: 'reader', label: 'Reader', key: '2' },
  { id: 'passages', label: 'Passages', key: '3' },
  { id: 'entities', label: 'Entities', key: '4' },
  { id: 'timeline', label: 'Timeline', key: '5' },
  { id: 'notebook', label: 'Notebook', key: '6' },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

/** A span of an item's text: [start, end) character offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Route {
  place: PlaceId;
  /** The clipping open in the Reader. */
  clippingId: string | null;
  /** The Reader scrolls to this passage and flashes it. */
  passageId?: string | null;
  /** The Reader scrolls to this span of the clipping's text and flashes it (a search match): "#/reader/ID/at/START-END". */
  match?: TextSpan | null;
  /** The card open in Entities. */
  entityId?: string | null;
  /** Entities shows the link chart instead of the cards. */
  chart?: boolean;
  /**
   * The Timeline selects this event (an event's id, or a dated relation's id for kind `relation`) and
   * brings it into view: "#/timeline/ID". Set by the Reader's toast, entity cards and event mentions in notes.
   */
  eventId?: string | null;
}

/**
 * "#/reader/ID[/PASSAGE]", "#/reader/ID/at/START-END", "#/entities/ID", "#/entities/chart", "#/timeline/EVENT" ⇄ routes; anything unknown is the Library.
 * Ids are UUIDs, so "chart" is never one.
 */
export function parseHash(hash: string): Route {
  const [place, first, second, third] = hash.replace(/^#\/?/, '').split('/');
  const known = PLACES.find((p) => p.id === place);
  if (!known) return { place: 'library', clippingId: null };
  const decoded = first ? decodeURIComponent(first) : null;
  if (known.id === 'reader') {
    if (decoded && second === 'at') return { place: 'reader', clippingId: decoded, passageId: null, match: parseSpan(third) };
    return { place: 'reader', clippingId: decoded, passageId: decoded && second ? decodeURIComponent(second) : null };
  }
  if (known.id === 'entities')
    return decoded === 'chart' ? { place: 'entities', clippingId: null, chart: true } : { place: 'entities', clippingId: null, entityId: decoded };
  if (known.id === 'timeline' && decoded) return { place: 'timeline', clippingId: null, eventId: decoded };
  return { place: known.id, clippingId: null };
}

export function formatHash(route: Route): string {
  if (route.place === 'reader' && route.clippingId) {
    const passage = route.passageId ? `/${encodeURIComponent(route.passageId)}` : '';
    if (!route.passageId && route.match) return `#/reader/${encodeURIComponent(route.clippingId)}/at/${route.match.start}-${route.match.end}`;
    return `#/reader/${encodeURIComponent(route.clippingId)}${passage}`;
  }
  if (route.place === 'entities' && route.chart) return '#/entities/chart';
  if (route.place === 'entities' && route.entityId) return `#/entities/${encodeURIComponent(route.entityId)}`;
  if (route.place === 'timeline' && route.eventId) return `#/timeline/${encodeURIComponent(route.eventId)}`;
  return `#/${route.place}`;
}

/** A place as the navigation shows it (the Reader keeps the clipping it had open). */
export function placeRoute(place: PlaceId, current?: Route): Route {
  return { place, clippingId: place === 'reader' ? (current?.clippingId ?? null) : null };
}

/** A clipping in the Reader, scrolled to one of its passages when given. */
export function readerRoute(clippingId: string, passageId: string | null = null): Route {
  return { place: 'reader', clippingId, passageId };
}

/** A clipping in the Reader, scrolled to a span of its text (a search match) that flashes. */
export function readerMatchRoute(clippingId: string, match: TextSpan): Route {
  return { place: 'reader', clippingId, passageId: null, match };
}

/** "120-134" → a span; anything else (a hand-edited address) → none. */
function parseSpan(text: string | undefined): TextSpan | null {
  const found = /^(\d{1,9})-(\d{1,9})$/u.exec(text ?? '');
  if (!found) return null;
  const start = Number(found[1]);
  const end = Number(found[2]);
  return end > start ? { start, end } : null;
}

/** A card in Entities. */
export function entityRoute(entityId: string): Route {
  return { place: 'entities', clippingId: null, entityId };
}

/** The Timeline with one event selected. */
export function timelineRoute(eventId: string): Route {
  return { place: 'timeline', clippingId: null, eventId };
}

/** Where the page is now. */
export function currentRoute(): Route {
  return parseHash(window.location.hash);
}

/** Goes to a route: the hash changes, and the app's useRoute follows (so Back works). */
export function goTo(route: Route): void {
  const hash = formatHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}
