// Timeline events for tests that need one as the core returns it (the view's layout, exports), their
// datings read by the shared EDTF parser: one fixture instead of one per test.
import type { EntityRef } from '../../shared/domain';
import { parseEdtfDate } from '../../shared/timeline/edtf-date';
import type { TimelineEvent } from '../../shared/timeline/types';

export function card(name: string): EntityRef {
  return { id: `card-${name}`, type: 'person', name };
}

/** An event dated by each of `dates` (EDTF) in turn, its datings' ids `${id}-d0`, `${id}-d1`…; `extra` overrides any field. */
export function timelineEvent(id: string, dates: string[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const datings = dates.map((text, i) => {
    const parsed = parseEdtfDate(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return { ...parsed.date, id: `${id}-d${i}`, evidence: [] };
  });
  return {
    id,
    kind: 'event',
    title: `Event ${id}`,
    description: null,
    type: null,
    datings,
    conflict: false,
    participants: [],
    place: null,
    tags: [],
    evidence: [],
    grade: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}
