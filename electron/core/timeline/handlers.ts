// The events.* and timeline.* methods: the analyst's events with their datings and evidence, dated
// relations shown as events, date suggestions from a clipping's text, and the CSV export.
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createEventReader } from './event-reader';
import { createEventWrites } from './events';
import { createEventFind } from './find';
import { createTimelineSuggestions } from './suggestions';
import { createTimelineReads } from './timeline';

type EventMethod = Extract<keyof Handlers, `events.${string}` | `timeline.${string}`>;

export function createTimelineHandlers(ctx: CoreContext): Pick<Handlers, EventMethod> {
  const timeline = ctx.stores.timeline;
  const reader = createEventReader(ctx.stores, timeline);
  const reads = createTimelineReads(ctx.stores, reader, ctx.clock);
  const writes = createEventWrites(ctx, timeline);
  const find = createEventFind(timeline, reader);
  const suggestions = createTimelineSuggestions(ctx.stores, timeline);
  return {
    'events.list': (input) => reads.page(input.filter, input.offset, input.limit),
    'events.marks': (input) => reads.marks(input.filter, input.offset, input.limit),
    'events.facets': () => reads.facets(),
    'events.get': (input) => reads.get(input.id),
    'events.find': (input) => find(input.query, input.limit),
    'events.create': (input) => reads.get(writes.create(input)),
    'events.update': (input) => {
      writes.update(input);
      return reads.get(input.id);
    },
    'events.delete': (input) => ({ count: writes.delete(input.id) }),
    'events.restore': (input) => {
      writes.restore(input.id);
      return reads.get(input.id);
    },
    'events.addDating': (input) => {
      writes.addDating(input);
      return reads.get(input.eventId);
    },
    'events.updateDating': (input) => reads.get(writes.updateDating(input)),
    'events.removeDating': (input) => reads.get(writes.removeDating(input.id)),
    'events.addEvidence': (input) => {
      writes.addEvidence(input);
      return reads.get(input.eventId);
    },
    'events.removeEvidence': (input) => {
      writes.removeEvidence(input);
      return reads.get(input.eventId);
    },
    'timeline.suggest': (input) => suggestions.suggest(input.clippingId),
    'timeline.rejectSuggestion': ctx.write(suggestions.reject),
    'timeline.unrejectSuggestion': ctx.write(suggestions.unreject),
    'timeline.export': (input) => reads.exportCsv(input.filter),
  };
}
