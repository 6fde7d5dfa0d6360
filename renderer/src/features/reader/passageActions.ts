// What the Reader's toolbar and passages panel ask of the core, each step's error passed on as is.
import type { EntityType, Passage, PassageColor } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { api } from '../../api/client';

/** An existing card, or a new one to make first. */
export type EntityChoice = { id: string } | { create: { name: string; type: EntityType } };

/** A passage's fields; on an existing passage, those left out stay as they are. */
export interface PassageFields {
  color?: PassageColor;
  label?: string | null;
  comment?: string | null;
}

/** The fields a new passage is made with: a colour always. */
export type NewPassageFields = PassageFields & { color: PassageColor };

export function createPassage(clippingId: string, span: { start: number; end: number }, fields: NewPassageFields): Promise<ApiResult<Passage>> {
  return api.call('passages.create', { clippingId, start: span.start, end: span.end, color: fields.color, label: fields.label, comment: fields.comment });
}

/** Sets what the fields give on a passage (a label or comment given as null is cleared). */
export function updatePassage(passageId: string, fields: PassageFields): Promise<ApiResult<Passage>> {
  return api.call('passages.update', { id: passageId, patch: { color: fields.color, label: fields.label, comment: fields.comment } });
}

/** Links a passage to a card, making the card first when it is new. */
export async function linkPassage(passageId: string, choice: EntityChoice): Promise<ApiResult<Passage>> {
  let entityId: string;
  if ('create' in choice) {
    const created = await api.call('entities.create', choice.create);
    if (!created.ok) return created;
    entityId = created.value.id;
  } else {
    entityId = choice.id;
  }
  return api.call('passages.link', { passageId, entityId });
}

/**
 * Marks a span and links it to a card. When the passage is made but the link fails, the passage
 * stays and `unlinked` says why, so the caller can report it without losing the mark.
 */
export async function createLinkedPassage(
  clippingId: string,
  span: { start: number; end: number },
  fields: NewPassageFields,
  choice: EntityChoice,
): Promise<ApiResult<Passage> & { unlinked?: string }> {
  const created = await createPassage(clippingId, span, fields);
  if (!created.ok) return created;
  const linked = await linkPassage(created.value.id, choice);
  if (linked.ok) return linked;
  return { ...created, unlinked: `The passage was kept, but not linked: ${linked.error.message}` };
}

/** Puts a deleted passage back (as a new passage over the same span, with the same links). */
export async function recreatePassage(passage: Passage): Promise<ApiResult<Passage>> {
  if (passage.start === null || passage.end === null) {
    return { ok: false, error: { code: 'conflict', message: 'An orphaned passage cannot be put back: its text is no longer in the clipping.' } };
  }
  const created = await createPassage(passage.clippingId, { start: passage.start, end: passage.end }, passage);
  if (!created.ok) return created;
  let last: ApiResult<Passage> = created;
  for (const entity of passage.entities) last = await api.call('passages.link', { passageId: created.value.id, entityId: entity.id });
  return last;
}
