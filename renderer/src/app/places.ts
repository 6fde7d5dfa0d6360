// The five places of the product, in navigation order; keys 1–5 switch between them.
export const PLACES = [
  { id: 'library', label: 'Library', key: '1' },
  { id: 'reader', label: 'Reader', key: '2' },
  { id: 'entities', label: 'Entities', key: '3' },
  { id: 'timeline', label: 'Timeline', key: '4' },
  { id: 'notebook', label: 'Notebook', key: '5' },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

export interface Route {
  place: PlaceId;
  /** The clipping open in the Reader. */
  clippingId: string | null;
}

/** "#/reader/ID" ⇄ { place: 'reader', clippingId: 'ID' }; anything unknown is the Library. */
export function parseHash(hash: string): Route {
  const [place, id] = hash.replace(/^#\/?/, '').split('/');
  const known = PLACES.find((p) => p.id === place);
  if (!known) return { place: 'library', clippingId: null };
  return { place: known.id, clippingId: known.id === 'reader' && id ? decodeURIComponent(id) : null };
}

export function formatHash(route: Route): string {
  return route.place === 'reader' && route.clippingId ? `#/reader/${encodeURIComponent(route.clippingId)}` : `#/${route.place}`;
}
