// Events made by the analyst: create, edit, delete and restore, and their datings and evidence.
// Each write is one transaction begun with the write lock; what it reads (the event, cards,
// passages) is read inside it. A dated relation is read from its relation and edited there.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract';
import { NotebookError } from '../../../shared/errors';
import { edtfDate } from '../../../shared/timeline/edtf-date';
import type { CoreContext } from '../context';
import { createPassagesService } from '../passages/passages';
import { createEventParts, type NewEvidence } from './event-parts';
import type { EventRow, TimelineStore } from './store';

const blankToNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

export function createEventWrites(ctx: CoreContext, timeline: TimelineStore) {
  const { clock, write, stores } = ctx;
  const parts = createEventParts(ctx, createPassagesService(ctx));

  /** The event (live, or deleted when `deleted` is allowed); a relation's id says where to edit it. */
  function eventRow(id: string, field: string, deleted = false): EventRow {
    const row = timeline.eventRow(id);
    if (row && (deleted || row.deleted_at === null)) return row;
    if (row) throw new NotebookError('not_found', 'That event was deleted. Restore it first (events.restore), or choose another event.', field);
    if (stores.relations.exists(id)) {
      throw new NotebookError('invalid_input', 'That is a dated relation between two cards: change it on the card, where the relation is kept.', field);
    }
    throw new NotebookError('not_found', 'That event no longer exists — it may have been deleted. Choose another event.', field);
  }

  function addDating(eventId: string, date: string, passageIds: readonly string[], now: string): void {
    const days = edtfDate(date);
    const same = timeline.datings.ofEvent(eventId).find((dating) => dating.edtf === days.edtf);
    const datingId = same?.id ?? randomUUID();
    if (!same) timeline.datings.insert({ id: datingId, eventId, edtf: days.edtf, earliest: days.earliest, latest: days.latest, now });
    for (const passageId of passageIds) timeline.evidence.add(eventId, passageId, datingId);
  }

  /** The dating and its (live) event; a relation's dating is the relation's date. */
  function datingOf(id: string) {
    const dating = timeline.datings.row(id);
    if (!dating) {
      if (stores.relations.exists(id))
        throw new NotebookError('invalid_input', "That date is a relation's: change it on the card, where the relation is kept.", 'id');
      throw new NotebookError('not_found', 'That date is no longer on the event — it may have been removed. Reload the event.', 'id');
    }
    return { dating, event: eventRow(dating.event_id, 'id') };
  }

  const evidenceOf = (ids?: readonly string[], spans?: NewEvidence) => parts.evidence(ids, spans);

  return {
    create: write((input: ParsedInputOf<'events.create'>): string => {
      const id = randomUUID();
      const now = clock();
      const participants = parts.participants(input.participants ?? []);
      const placeId = parts.place(input.placeId ?? null);
      const tagIds = parts.tagIds(input.tags ?? []);
      const evidence = evidenceOf(input.evidence, input.newEvidence);
      timeline.insertEvent({ id, title: input.title, description: blankToNull(input.description), type: blankToNull(input.type), placeId, now });
      timeline.links.setParticipants(id, participants);
      timeline.links.setTags(id, tagIds);
      if (input.date) addDating(id, input.date, evidence, now);
      else for (const passageId of evidence) timeline.evidence.add(id, passageId, null);
      return id;
    }),

    update: write((input: ParsedInputOf<'events.update'>): void => {
      const { patch } = input;
      eventRow(input.id, 'id');
      const columns: Partial<Record<'title' | 'description' | 'type' | 'place_id', string | null>> = {};
      if (patch.title !== undefined) columns.title = patch.title;
      if (patch.description !== undefined) columns.description = blankToNull(patch.description);
      if (patch.type !== undefined) columns.type = blankToNull(patch.type);
      if (patch.placeId !== undefined) columns.place_id = parts.place(patch.placeId);
      if (patch.participants !== undefined) timeline.links.setParticipants(input.id, parts.participants(patch.participants));
      if (patch.tags !== undefined) timeline.links.setTags(input.id, parts.tagIds(patch.tags));
      timeline.updateEvent(input.id, columns, clock());
    }),

    delete: write((id: string): number => {
      const row = eventRow(id, 'id', true);
      if (row.deleted_at !== null) return 0;
      const now = clock();
      return timeline.setDeleted(id, now, now);
    }),

    restore: write((id: string): void => {
      const row = eventRow(id, 'id', true);
      if (row.deleted_at !== null) timeline.setDeleted(id, null, clock());
    }),

    addDating: write((input: ParsedInputOf<'events.addDating'>): void => {
      eventRow(input.eventId, 'eventId');
      const now = clock();
      addDating(input.eventId, input.date, evidenceOf(input.evidence, input.newEvidence), now);
      timeline.touch(input.eventId, now);
    }),

    updateDating: write((input: ParsedInputOf<'events.updateDating'>): string => {
      const { dating, event } = datingOf(input.id);
      if (input.date !== undefined) {
        const days = edtfDate(input.date);
        timeline.datings.update(dating, days.edtf, days.earliest, days.latest);
      }
      if (input.evidence !== undefined) {
        const evidence = evidenceOf(input.evidence);
        timeline.evidence.clearDating(dating.id);
        for (const passageId of evidence) timeline.evidence.add(event.id, passageId, dating.id);
      }
      timeline.touch(event.id, clock());
      return event.id;
    }),

    /** Removes a date; its passages stay as the event's evidence. */
    removeDating: write((id: string): string => {
      const { dating, event } = datingOf(id);
      timeline.evidence.releaseDating(dating.id);
      timeline.datings.remove(dating);
      timeline.touch(event.id, clock());
      return event.id;
    }),

    addEvidence: write((input: ParsedInputOf<'events.addEvidence'>): void => {
      eventRow(input.eventId, 'eventId');
      for (const passageId of evidenceOf(input.evidence, input.newEvidence)) timeline.evidence.add(input.eventId, passageId, null);
      timeline.touch(input.eventId, clock());
    }),

    /** Takes the passage out of the event's evidence, from every dating too (the passage stays). */
    removeEvidence: write((input: ParsedInputOf<'events.removeEvidence'>): void => {
      eventRow(input.eventId, 'eventId');
      if (timeline.evidence.remove(input.eventId, input.passageId) > 0) timeline.touch(input.eventId, clock());
    }),
  };
}
