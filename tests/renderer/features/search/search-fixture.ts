import type { SearchHit } from '../../../../shared/search/types';

export function hit(kind: SearchHit['kind'], id: string, extra: Partial<SearchHit> = {}): SearchHit {
  return { kind, id, title: id, snippet: '', highlights: [], score: 1, match: null, clippingId: null, detail: '', ...extra };
}

export const NO_COUNTS = { clipping: 0, passage: 0, note: 0, card: 0, event: 0 };
