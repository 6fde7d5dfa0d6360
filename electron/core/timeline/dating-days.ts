// The first and last day of each dating are derived from its EDTF text, and each event's span from
// its datings: the repair recomputes both (after a change in how a kind of date maps to days, or a
// file edited by hand). A text that no
// longer reads as a date keeps the days it has, so the event stays where it was.
import { parseEdtfDate } from '../../../shared/timeline/edtf-date';
import type { TimelineStore } from './store';

/** Recomputes every dating's days and every event's span (inside the caller's transaction); returns how many datings there are. */
export function rebuildDatingDays(timeline: TimelineStore): number {
  for (const dating of timeline.datings.all()) {
    const parsed = parseEdtfDate(dating.edtf);
    if (parsed.ok) timeline.datings.setDays(dating.id, parsed.date.earliest, parsed.date.latest);
  }
  timeline.datings.refreshAllSpans();
  return timeline.datings.count();
}
