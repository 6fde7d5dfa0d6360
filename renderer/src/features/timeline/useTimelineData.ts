// The events of the current filter (dated relations included) and the facets the filters offer,
// asked again whenever the library changes.
import { useMemo } from 'react';
import type { TimelineFilter } from '../../../../shared/contract';
import { useCall } from '../../api/useCall';
import { extentOf } from './eventGeometry';
import { dayEnd, dayStart } from './timeScale';

/** The most events one view loads; beyond it the view says so and asks for a narrower filter. */
export const EVENT_LIMIT = 5000;

export function useTimelineData(filter: TimelineFilter, revision: number) {
  const list = useCall('events.list', { filter, offset: 0, limit: EVENT_LIMIT }, { refresh: revision, failure: 'The events could not be loaded' });
  const facets = useCall('events.facets', {}, { refresh: revision, failure: 'The timeline filters could not be loaded' });
  const events = useMemo(() => list.value?.items ?? [], [list.value]);
  // Fit all shows the loaded events; before they are in, every dated event of the library.
  const extent = useMemo(() => {
    const loaded = extentOf(events);
    if (loaded) return loaded;
    const all = facets.value;
    return all?.earliest && all.latest ? { first: dayStart(all.earliest), last: dayEnd(all.latest) } : null;
  }, [events, facets.value]);
  return { list, facets, events, extent };
}
