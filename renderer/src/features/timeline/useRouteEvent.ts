// "#/timeline/ID" (from the Reader's notice, a card's Events, an event mention in a note): the
// Timeline opens that event's card, with the filters cleared so that it is among the events, and
// brings it into view once it has loaded.
import { useEffect, useRef } from 'react';
import type { TimelineMark } from '../../../../shared/timeline/types';
import { timeSpanOf } from './eventGeometry';

interface RouteEventTargets {
  events: readonly TimelineMark[];
  select: (id: string) => void;
  clearFilters: () => void;
  reveal: (start: number, end: number) => void;
}

export function useRouteEvent(eventId: string | null, { events, select, clearFilters, reveal }: RouteEventTargets): void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!eventId) return;
    pending.current = eventId;
    clearFilters();
    select(eventId);
  }, [eventId, clearFilters, select]);
  useEffect(() => {
    const event = pending.current ? events.find((item) => item.id === pending.current) : undefined;
    if (!event) return;
    pending.current = null;
    const { first, last } = timeSpanOf(event);
    const start = Number.isFinite(first) ? first : last;
    const end = Number.isFinite(last) ? last : first;
    if (Number.isFinite(start) && Number.isFinite(end)) reveal(start, end);
  }, [events, reveal]);
}
