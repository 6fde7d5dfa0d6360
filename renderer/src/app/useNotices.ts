import { useCallback, useRef, useState } from 'react';
import type { NoticeState } from '../components/Notice';
import type { PlaceId } from '../lib/routes';

/** A confirmation belongs to the place it was given in; errors stay until dismissed. */
interface ShownNotice extends NoticeState {
  place: PlaceId;
}

/** The one message shown above the places: `setNotice` gives it to the current place, `showIn` to another. */
export function useNotices(place: PlaceId) {
  const [notice, setShown] = useState<ShownNotice | null>(null);
  const placeRef = useRef(place);
  placeRef.current = place;
  const setNotice = useCallback((next: NoticeState | null) => setShown(next && { ...next, place: placeRef.current }), []);
  const showIn = useCallback((next: NoticeState, where: PlaceId) => setShown({ ...next, place: where }), []);
  const shown = notice && (notice.kind === 'error' || notice.place === place) ? notice : null;
  return { notice: shown, setNotice, showIn };
}
