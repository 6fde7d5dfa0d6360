// The events of the current filter (dated relations included) as the chart draws them, and the facets
// the filters offer, asked again whenever the library changes. An opened event is read in full apart.
import { useMemo } from 'react';
import type { TimelineFilter } from '../../../../shared/contract';
import type { TimelineMarkPage } from '../../../../shared/timeline/types';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';
import { useCall, useLoad } from '../../api/useCall';
import { extentOf } from './eventGeometry';
import { dayEnd, dayStart } from './timeScale';

/** The most events one view loads; beyond it the view says so and asks for a narrower filter. */
export const EVENT_LIMIT = 10_000;
/** The most one events.list call answers. */
const PAGE_SIZE = 5000;

/**
 * The first EVENT_LIMIT events of the filter, every page asked for at once (the page read in the
 * browser while the core reads the next, instead of one after the other); the total counts them all.
 */
async function loadMarks(filter: TimelineFilter): Promise<ApiResult<TimelineMarkPage>> {
  const offsets = Array.from({ length: Math.ceil(EVENT_LIMIT / PAGE_SIZE) }, (_, i) => i * PAGE_SIZE);
  const pages = await Promise.all(offsets.map((offset) => api.call('events.marks', { filter, offset, limit: Math.min(PAGE_SIZE, EVENT_LIMIT - offset) })));
  const failed = pages.find((page) => !page.ok);
  if (failed) return failed;
  const values = pages.flatMap((page) => (page.ok ? [page.value] : []));
  const first = values[0]!;
  return { ok: true, value: { ...first, items: values.flatMap((page) => page.items) } };
}

export function useTimelineData(filter: TimelineFilter, revision: number) {
  const list = useLoad(JSON.stringify(filter), () => loadMarks(filter), { refresh: revision, failure: 'The events could not be loaded' });
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
