// What a note links to: the cards it mentions and the passages it cites, read from its content.
// The core writes these into note_entities / note_passages on every save, so backlinks are queries.
import { ENTITY_MENTION_TYPE, PASSAGE_CITATION_TYPE, walkNote, type NoteContent } from './note-format';

export interface NoteLinks {
  /** Distinct, in order of first appearance. */
  entityIds: string[];
  passageIds: string[];
}

export function noteLinks(content: NoteContent): NoteLinks {
  const entityIds = new Set<string>();
  const passageIds = new Set<string>();
  for (const node of walkNote(content)) {
    const record = node as Record<string, unknown>;
    if (node.type === ENTITY_MENTION_TYPE && typeof record.entityId === 'string') entityIds.add(record.entityId);
    else if (node.type === PASSAGE_CITATION_TYPE && typeof record.passageId === 'string') passageIds.add(record.passageId);
  }
  return { entityIds: [...entityIds], passageIds: [...passageIds] };
}
