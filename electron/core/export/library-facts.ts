// What the library says now about the passages, cards and events a note refers to, fetched once before
// the note is read, through the same handlers the doors call.
import type { Handlers } from '../dispatch';
import type { CitationState, Clipping, EntityCard } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import { ENTITY_MENTION_TYPE, EVENT_MENTION_TYPE, PASSAGE_CITATION_TYPE, walkNote, type NoteContent } from '../../../shared/notes/note-format';
import type { TimelineEvent } from '../../../shared/timeline/types';

/** The handlers an export reads through. */
export type ExportLibrary = Pick<Handlers, 'notes.get' | 'passages.citations' | 'clippings.get' | 'entities.get' | 'events.get'>;

export interface LibraryFacts {
  citations: Map<string, CitationState>;
  /** null: no such clipping any more. */
  clippings: Map<string, Clipping | null>;
  /** null: the card was deleted. */
  entities: Map<string, EntityCard | null>;
  /** null: the event was deleted. */
  events: Map<string, TimelineEvent | null>;
}

export function referencedIds(content: NoteContent): { passageIds: string[]; entityIds: string[]; eventIds: string[] } {
  const passageIds = new Set<string>();
  const entityIds = new Set<string>();
  const eventIds = new Set<string>();
  for (const node of walkNote(content)) {
    const record = node as unknown as Record<string, unknown>;
    if (node.type === PASSAGE_CITATION_TYPE && typeof record.passageId === 'string') passageIds.add(record.passageId);
    if (node.type === ENTITY_MENTION_TYPE && typeof record.entityId === 'string') entityIds.add(record.entityId);
    if (node.type === EVENT_MENTION_TYPE && typeof record.eventId === 'string') eventIds.add(record.eventId);
  }
  return { passageIds: [...passageIds], entityIds: [...entityIds], eventIds: [...eventIds] };
}

export async function gatherFacts(library: ExportLibrary, content: NoteContent): Promise<LibraryFacts> {
  const { passageIds, entityIds, eventIds } = referencedIds(content);
  const states = passageIds.length === 0 ? [] : await library['passages.citations']({ ids: passageIds });
  const citations = new Map(states.map((state) => [state.passageId, state]));

  // Every clipping a citation names, now or when it was cited (a deleted passage keeps its source).
  const clippingIds = new Set<string>();
  for (const state of states) if (state.clippingId) clippingIds.add(state.clippingId);
  for (const node of walkNote(content)) {
    const stored = (node as unknown as Record<string, unknown>).clippingId;
    if (node.type === PASSAGE_CITATION_TYPE && typeof stored === 'string') clippingIds.add(stored);
  }
  const clippings = new Map<string, Clipping | null>();
  for (const id of clippingIds) clippings.set(id, await orNullWhenMissing(() => library['clippings.get']({ id })));

  const entities = new Map<string, EntityCard | null>();
  for (const id of entityIds) entities.set(id, await orNullWhenMissing(() => library['entities.get']({ id })));
  const events = new Map<string, TimelineEvent | null>();
  for (const id of eventIds) events.set(id, await orNullWhenMissing(() => library['events.get']({ id })));
  return { citations, clippings, entities, events };
}

async function orNullWhenMissing<T>(read: () => T | Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotebookError && error.code === 'not_found') return null;
    throw error;
  }
}
