// What a note links to: the cards it mentions, the passages it cites and the events it mentions, read
// from its content. The core writes cards and passages into note_entities / note_passages on every
// save, so backlinks are queries (events have no such table yet: they are read from here).
import { ENTITY_MENTION_TYPE, EVENT_MENTION_TYPE, PASSAGE_CITATION_TYPE, walkNote, type NoteContent } from './note-format';

export interface NoteLinks {
  /** Distinct, in order of first appearance. */
  entityIds: string[];
  passageIds: string[];
  eventIds: string[];
}

export function noteLinks(content: NoteContent): NoteLinks {
  const entityIds = new Set<string>();
  const passageIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const node of walkNote(content)) {
    const record = node as Record<string, unknown>;
    if (node.type === ENTITY_MENTION_TYPE && typeof record.entityId === 'string') entityIds.add(record.entityId);
    else if (node.type === PASSAGE_CITATION_TYPE && typeof record.passageId === 'string') passageIds.add(record.passageId);
    else if (node.type === EVENT_MENTION_TYPE && typeof record.eventId === 'string') eventIds.add(record.eventId);
  }
  return { entityIds: [...entityIds], passageIds: [...passageIds], eventIds: [...eventIds] };
}
