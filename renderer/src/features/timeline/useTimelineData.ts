// The events of the current filter (dated relations included) and the facets the filters offer,
// asked again whenever the library changes.
import { useMemo } from 'react';
import type { TimelineFilter } from '../../../../shared/contract';
import type { TimelinePage } from '../../../../shared/timeline/types';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';
import { useCall, useLoad } from '../../api/useCall';
import { extentOf } from './eventGeometry';
import { dayEnd, dayStart } from './timeScale';

/** The most events one view loads; beyond it the view says so and asks for a narrower filter. */
export const EVENT_LIMIT = 10_000;
/** The most one events.list call answers. */
const PAGE_SIZE = 5000;

/** The first EVENT_LIMIT events of the filter, a page at a time; the total counts them all. */
async function loadEvents(filter: TimelineFilter): Promise<ApiResult<TimelinePage>> {
  const first = await api.call('events.list', { filter, offset: 0, limit: PAGE_SIZE });
  if (!first.ok) return first;
  const items = [...first.value.items];
  while (items.length < Math.min(first.value.total, EVENT_LIMIT)) {
    const page = await api.call('events.list', { filter, offset: items.length, limit: Math.min(PAGE_SIZE, EVENT_LIMIT - items.length) });
    if (!page.ok) return page;
    if (page.value.items.length === 0) break;
    items.push(...page.value.items);
  }
  return { ok: true, value: { ...first.value, items } };
}

export function useTimelineData(filter: TimelineFilter, revision: number) {
  const list = useLoad(JSON.stringify(filter), () => loadEvents(filter), { refresh: revision, failure: 'The events could not be loaded' });
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
