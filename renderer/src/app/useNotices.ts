import { useCallback, useRef, useState } from 'react';
import type { NoticeState } from '../components/Notice';
import type { PlaceId } from '../lib/routes';
import { noticesIn, withNotice, type QueuedNotice } from './noticeQueue';

/**
 * The messages shown at the foot of the places: `setNotice` gives one to the current place (null clears
 * that place's), `showIn` to another; `dismiss` takes one away (the Notice does so itself after a while).
 */
export function useNotices(place: PlaceId) {
  const [queue, setQueue] = useState<QueuedNotice[]>([]);
  const placeRef = useRef(place);
  placeRef.current = place;
  const nextId = useRef(1);
  const showIn = useCallback((next: NoticeState, where: PlaceId) => setQueue((q) => withNotice(q, { ...next, id: nextId.current++, place: where })), []);
  const setNotice = useCallback(
    (next: NoticeState | null) => {
      if (next) showIn(next, placeRef.current);
      else setQueue((q) => q.filter((notice) => notice.place !== placeRef.current));
    },
    [showIn],
  );
  const dismiss = useCallback((id: number) => setQueue((q) => q.filter((notice) => notice.id !== id)), []);
  return { notices: noticesIn(queue, place), setNotice, showIn, dismiss };
}
