// Events and dated relations as the contract returns them: datings with their days and evidence,
// the conflict flag, participants and place as live cards (a card merged since shows as the card
// it was merged into), tags, and the grade of all the evidence. Reads a page's rows in a few queries.
import { RELATION_TYPE_LABELS, type EntityRef } from '../../../shared/domain';
import { formatGrade } from '../../../shared/grading';
import { edtfDate, type EdtfDate } from '../../../shared/timeline/edtf-date';
import type { EventDating, EventEvidence, TimelineEvent, TimelineMark } from '../../../shared/timeline/types';
import type { Stores } from '../context';
import type { RelationRow } from '../relations/store';
import { datingsConflict } from './conflict';
import { eventGrade } from './grade';
import type { ItemKey } from './list-query';
import type { CardRow, EventRow, EvidenceRow, TimelineStore } from './store';

const PARSED_LIMIT = 10_000;

export type EventReader = ReturnType<typeof createEventReader>;

export function createEventReader(stores: Stores, timeline: TimelineStore) {
  const parsed = new Map<string, EdtfDate>();
  /** Stored dates were checked when written; many events share one, so each is parsed once. */
  function dateOf(edtf: string): EdtfDate {
    let date = parsed.get(edtf);
    if (!date) {
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      date = edtfDate(edtf);
      parsed.set(edtf, date);
    }
    return date;
  }

  /** The live card a card row stands for now, or null when it is gone. */
  function liveRef(row: CardRow): EntityRef | null {
    let card: { id: string; type: EntityRef['type']; name: string; merged_into: string | null } | undefined = row;
    for (let hops = 0; card?.merged_into && hops < 50; hops++) card = stores.entities.find(card.merged_into);
    return card && !card.merged_into ? { id: card.id, type: card.type, name: card.name } : null;
  }

  function refsOf(rows: readonly CardRow[]): Map<string, EntityRef[]> {
    const byOwner = new Map<string, EntityRef[]>();
    for (const row of rows) {
      const ref = liveRef(row);
      if (!ref) continue;
      const list = byOwner.get(row.owner_id) ?? [];
      if (!list.some((other) => other.id === ref.id)) list.push(ref);
      byOwner.set(row.owner_id, list);
    }
    return byOwner;
  }

  /** `withEvidence` false (the chart's marks): no evidence is read, and the events have none. */
  function events(rows: readonly EventRow[], withEvidence: boolean): TimelineEvent[] {
    const ids = rows.map((row) => row.id);
    const datings = groupBy(timeline.datings.ofEvents(ids), (row) => row.event_id);
    const evidence = groupBy(withEvidence ? timeline.evidence.ofEvents(ids) : [], (row) => row.owner_id);
    const participants = refsOf(timeline.links.participantsOf(ids));
    const places = refsOf(timeline.links.cards(rows.flatMap((row) => (row.place_id ? [row.place_id] : []))));
    const tags = groupBy(timeline.links.tagsOf(ids), (row) => row.owner_id);
    return rows.map((row) => {
      const own = evidence.get(row.id) ?? [];
      const eventDatings: EventDating[] = (datings.get(row.id) ?? []).map((dating) => ({
        id: dating.id,
        ...dateOf(dating.edtf),
        evidence: own.filter((item) => item.dating_id === dating.id).map(toEvidence),
      }));
      return {
        id: row.id,
        kind: 'event',
        title: row.title,
        description: row.description,
        type: row.type,
        datings: eventDatings,
        conflict: datingsConflict(eventDatings),
        participants: participants.get(row.id) ?? [],
        place: row.place_id ? (places.get(row.place_id)?.[0] ?? null) : null,
        tags: (tags.get(row.id) ?? []).map((tag) => tag.name),
        evidence: own.filter((item) => item.dating_id === null).map(toEvidence),
        grade: eventGrade(uniqueById(own)),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    });
  }

  function relations(rows: readonly RelationRow[], withEvidence: boolean): TimelineEvent[] {
    const ends = refsOf(timeline.links.cards([...new Set(rows.flatMap((row) => [row.source_id, row.target_id]))]));
    const evidence = groupBy(withEvidence ? timeline.evidence.ofRelations(rows.map((row) => row.id)) : [], (row) => row.owner_id);
    return rows.flatMap((row) => {
      const source = ends.get(row.source_id)?.[0];
      const target = ends.get(row.target_id)?.[0];
      if (!source || !target || row.date === null) return [];
      const type = row.type === 'other' ? (row.label ?? 'other') : RELATION_TYPE_LABELS[row.type];
      const own = evidence.get(row.id) ?? [];
      const event: TimelineEvent = {
        id: row.id,
        kind: 'relation',
        title: `${source.name} ${type} ${target.name}`,
        description: null,
        type,
        datings: [{ id: row.id, ...dateOf(row.date), evidence: own.map(toEvidence) }],
        conflict: false,
        participants: [source, target],
        place: null,
        tags: [],
        evidence: [],
        grade: eventGrade(own),
        createdAt: row.created_at,
        updatedAt: row.created_at,
      };
      return [event];
    });
  }

  /** The items in the order of `keys`; a key whose item is gone is left out. */
  function read(keys: readonly ItemKey[], withEvidence = true): TimelineEvent[] {
    const eventIds = keys.filter((key) => key.kind === 'event').map((key) => key.id);
    const relationIds = keys.filter((key) => key.kind === 'relation').map((key) => key.id);
    const byId = new Map<string, TimelineEvent>();
    for (const item of events(
      timeline.eventRows(eventIds).filter((row) => row.deleted_at === null),
      withEvidence,
    ))
      byId.set(item.id, item);
    for (const item of relations(timeline.links.datedRelations(relationIds), withEvidence)) byId.set(item.id, item);
    return keys.flatMap((key) => byId.get(key.id) ?? []);
  }

  return {
    read,
    /** The items in the order of `keys`, with only what the chart draws (their evidence is not read). */
    marks: (keys: readonly ItemKey[]): TimelineMark[] => read(keys, false).map(toMark),
    /** A live event or a dated relation by id, or null. */
    one: (id: string): TimelineEvent | null => read([{ id, kind: 'event' }])[0] ?? read([{ id, kind: 'relation' }])[0] ?? null,
  };
}

function toMark(event: TimelineEvent): TimelineMark {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    type: event.type,
    datings: event.datings.map(({ id, earliest, latest, approximate, uncertain, label }) => ({ id, earliest, latest, approximate, uncertain, label })),
    conflict: event.conflict,
    participants: event.participants.map(({ id, name }) => ({ id, name })),
    tags: event.tags,
  };
}

function toEvidence(row: EvidenceRow): EventEvidence {
  return {
    id: row.id,
    clippingId: row.clippingId,
    clippingTitle: row.clippingTitle,
    exact: row.exact,
    anchorStatus: row.anchorStatus,
    outlet: row.outlet,
    publishedAt: row.published_at,
    reliability: row.reliability,
    credibility: row.credibility,
    grade: formatGrade(row.reliability, row.credibility),
  };
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item)) ?? [];
    list.push(item);
    groups.set(key(item), list);
  }
  return groups;
}
