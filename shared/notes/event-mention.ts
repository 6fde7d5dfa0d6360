// An event mentioned in a note, as text: its title with its date ("the fall of Mosul (June 2014)"),
// the way exports, plain text and word counts read it. The node keeps the title and date it was
// mentioned with, for an event deleted since and for readers that do not ask the library.
import { EVENT_MENTION_TYPE, EVENT_MENTION_VERSION, type SerializedEventMention } from './note-format';

/** The title a mention shows when nothing better is known. */
export const UNTITLED_EVENT = 'Untitled event';

/** "Title (June 2014)", or the title alone for an undated event. */
export function eventWithDate(title: string, label: string | null): string {
  const name = title.trim() === '' ? UNTITLED_EVENT : title.trim();
  return label && label.trim() !== '' ? `${name} (${label.trim()})` : name;
}

/** The title a stored mention holds (read leniently: any JSON may be a note). */
export function storedEventTitle(node: Record<string, unknown>): string {
  return typeof node.title === 'string' && node.title.trim() !== '' ? node.title : UNTITLED_EVENT;
}

/** The date label a stored mention holds, null when undated or missing. */
export function storedEventLabel(node: Record<string, unknown>): string | null {
  return typeof node.label === 'string' && node.label.trim() !== '' ? node.label : null;
}

/** The node for a mention of an event as the library gives it (its main dating, or none). */
export function eventMentionNode(event: { id: string; title: string; edtf: string | null; label: string | null }): SerializedEventMention {
  return { type: EVENT_MENTION_TYPE, version: EVENT_MENTION_VERSION, eventId: event.id, title: event.title, edtf: event.edtf, label: event.label };
}
