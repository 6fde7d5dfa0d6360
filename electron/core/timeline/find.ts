// Fuzzy find over the titles of live events and dated relations, on folded keys (the card-name
// folding), for the @ menu and pickers. Built per call: titles change with every edit and relation.
import Fuse from 'fuse.js';
import { foldName } from '../../../shared/entities/fold-name';
import type { TimelineEvent, TimelineEventSummary } from '../../../shared/timeline/types';
import type { EventReader } from './event-reader';
import type { ItemKey } from './list-query';
import type { TimelineStore } from './store';

interface TitleEntry extends ItemKey {
  folded: string;
}

export function toSummary(event: TimelineEvent): TimelineEventSummary {
  const main = event.datings[0];
  return { id: event.id, kind: event.kind, title: event.title, edtf: main?.edtf ?? null, label: main?.label ?? null, earliest: main?.earliest ?? null };
}

export function createEventFind(timeline: TimelineStore, reader: EventReader) {
  return function find(query: string, limit: number): TimelineEventSummary[] {
    const folded = foldName(query);
    if (folded === '') return [];
    const relations = reader.read(timeline.datedRelationIds().map((id) => ({ id, kind: 'relation' })));
    const entries: TitleEntry[] = [
      ...timeline.liveTitles().map((row) => ({ id: row.id, kind: 'event' as const, folded: foldName(row.title) })),
      ...relations.map((relation) => ({ id: relation.id, kind: 'relation' as const, folded: foldName(relation.title) })),
    ];
    const hits = new Fuse(entries, { keys: ['folded'], threshold: 0.3, ignoreLocation: true }).search(folded, { limit });
    return reader.read(hits.map((hit) => ({ id: hit.item.id, kind: hit.item.kind }))).map(toSummary);
  };
}
