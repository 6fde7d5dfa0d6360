// An inline mention of a timeline event. It stores the event's id and the title and date it had when
// mentioned (kept for an event deleted since, and read by exports); it shows the event as it is now.
import { $applyNodeReplacement, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { eventMentionNode, eventWithDate, storedEventLabel, storedEventTitle } from '../../../../../shared/notes/event-mention';
import { EVENT_MENTION_TYPE, type SerializedEventMention } from '../../../../../shared/notes/note-format';
import { EventMentionChip } from './EventMentionChip';
import { InlineChipNode } from './InlineChipNode';

/** What the node keeps of the event: as events.find and events.get give it. */
export interface MentionedEvent {
  id: string;
  title: string;
  edtf: string | null;
  label: string | null;
}

export class EventMentionNode extends InlineChipNode {
  __event: MentionedEvent;

  static override getType(): string {
    return EVENT_MENTION_TYPE;
  }

  static override clone(node: EventMentionNode): EventMentionNode {
    return new EventMentionNode(node.__event, node.__key);
  }

  /** Stored JSON is read leniently: a missing field becomes empty rather than failing the whole note. */
  static override importJSON(json: Record<string, unknown>): EventMentionNode {
    const edtf = typeof json.edtf === 'string' && json.edtf !== '' ? json.edtf : null;
    return $createEventMentionNode({ id: String(json.eventId ?? ''), title: storedEventTitle(json), edtf, label: storedEventLabel(json) });
  }

  constructor(event: MentionedEvent, key?: NodeKey) {
    super(key);
    this.__event = { ...event };
  }

  override exportJSON(): SerializedEventMention {
    return eventMentionNode(this.getLatest().__event);
  }

  getEventId(): string {
    return this.getLatest().__event.id;
  }

  protected override hostClassName(): string {
    return 'event-mention-host';
  }

  /** Copying, word counts and find-in-note see the title with its date. */
  override getTextContent(): string {
    const { title, label } = this.getLatest().__event;
    return eventWithDate(title, label);
  }

  override decorate(): JSX.Element {
    return <EventMentionChip eventId={this.__event.id} storedTitle={this.__event.title} storedLabel={this.__event.label} />;
  }
}

export function $createEventMentionNode(event: MentionedEvent): EventMentionNode {
  return $applyNodeReplacement(new EventMentionNode(event));
}
