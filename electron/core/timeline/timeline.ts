// Reading the timeline: a filtered page of events and dated relations in time order, one event,
// what the filters can offer, and the whole filtered timeline as CSV.
import { NotebookError } from '../../../shared/errors';
import { edtfDate } from '../../../shared/timeline/edtf-date';
import type { TimelineEvent, TimelineExport, TimelineFacets, TimelineMarkPage, TimelinePage } from '../../../shared/timeline/types';
import type { Clock } from '../clock';
import type { Stores } from '../context';
import { toCsv } from './csv';
import type { EventReader } from './event-reader';
import type { DayFilter, TimelineFilterInput } from './list-query';
import { TIMELINE_CSV_COLUMNS, timelineCsvRecord } from './timeline-csv';

const EXPORT_PAGE = 2000;

/** The filter with its dates as days; a range that ends before it starts is refused. */
export function dayFilter(filter: TimelineFilterInput): DayFilter {
  const { from, to, ...rest } = filter;
  const fromDay = from === undefined ? undefined : (edtfDate(from).earliest ?? undefined);
  const toDay = to === undefined ? undefined : (edtfDate(to).latest ?? undefined);
  if (fromDay !== undefined && toDay !== undefined && toDay < fromDay) {
    throw new NotebookError('invalid_input', `The range ends (${to}) before it starts (${from}); swap the two dates.`, 'filter.to');
  }
  return { ...rest, fromDay, toDay };
}

export function createTimelineReads({ timeline, entities }: Stores, reader: EventReader, clock: Clock) {
  function pageKeys(filter: TimelineFilterInput, offset: number, limit: number) {
    const days = dayFilter(filter);
    // A card stands also for the cards merged into it: their events are its events now.
    if (days.entityIds) days.entityIds = [...new Set(days.entityIds.flatMap((id) => entities.withParts(id)))];
    return timeline.queries.page(days, offset, limit);
  }

  function page(filter: TimelineFilterInput, offset: number, limit: number): TimelinePage {
    const { keys, total } = pageKeys(filter, offset, limit);
    return { items: reader.read(keys), total, offset, limit };
  }

  return {
    page,

    marks(filter: TimelineFilterInput, offset: number, limit: number): TimelineMarkPage {
      const { keys, total } = pageKeys(filter, offset, limit);
      return { items: reader.marks(keys), total, offset, limit };
    },

    get(id: string): TimelineEvent {
      const event = reader.one(id);
      if (event) return event;
      const deleted = timeline.eventRow(id)?.deleted_at;
      if (deleted) throw new NotebookError('not_found', 'That event was deleted. Restore it (events.restore) to see it again.', 'id');
      throw new NotebookError('not_found', 'There is no event with that id — it may have been deleted, or its relation lost its date.', 'id');
    },

    facets: (): TimelineFacets => timeline.queries.facets(),

    exportCsv(filter: TimelineFilterInput): TimelineExport {
      const records: string[][] = [[...TIMELINE_CSV_COLUMNS]];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const { items, total } = page(filter, offset, EXPORT_PAGE);
        records.push(...items.map(timelineCsvRecord));
        if (offset + EXPORT_PAGE >= total) break;
      }
      return { fileName: `timeline-${clock().slice(0, 10)}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(records) };
    },
  };
}
