// Events mentioned in a note → the Events list of an export: each event once, numbered in order of
// first mention, with its title and date as the library has them now (as the mention kept them when
// the event is gone); the mention itself reads as "the fall of Mosul (June 2014)".
import { eventWithDate, storedEventLabel, storedEventTitle } from '../../../shared/notes/event-mention';
import type { TimelineEvent } from '../../../shared/timeline/types';
import type { EventEntry } from './document-model';

export function createEventEntries(events: ReadonlyMap<string, TimelineEvent | null>) {
  const entries: EventEntry[] = [];
  const byId = new Map<string, EventEntry>();

  function entryFor(node: Record<string, unknown>): EventEntry {
    const eventId = typeof node.eventId === 'string' ? node.eventId : '';
    const known = byId.get(eventId);
    if (known) return known;
    const event = events.get(eventId) ?? null;
    const number = entries.length + 1;
    const entry: EventEntry = event
      ? { number, eventId, title: event.title, label: event.datings[0]?.label ?? null, otherDates: otherDates(event), deleted: false }
      : { number, eventId, title: storedEventTitle(node), label: storedEventLabel(node), otherDates: [], deleted: true };
    entries.push(entry);
    byId.set(eventId, entry);
    return entry;
  }

  return {
    entries,
    /** The mention's number in Events and its text with its date. */
    resolve(node: Record<string, unknown>): { event: number; text: string } {
      const entry = entryFor(node);
      return { event: entry.number, text: eventWithDate(entry.title, entry.label) };
    },
  };
}

/** The dates other sources give, when they disagree with the main one. */
function otherDates(event: TimelineEvent): string[] {
  return event.conflict ? event.datings.slice(1).map((dating) => dating.label) : [];
}
