// The timeline bench's library: 20 cards and 10,000 events (one in twenty undated, one in seven dated
// twice by sources that disagree) over 35 years, written through the core's timeline store in one
// transaction (10,000 calls would take minutes), the cards through dispatch.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { openCore } from '../../electron/core/core';
import { createTimelineStore } from '../../electron/core/timeline/store';
import { edtfDate } from '../../shared/timeline/edtf-date';
import { seededRandom } from '../helpers/seeded-random';

export const TIMELINE_BENCH = { events: 10_000, cards: 20, undatedEvery: 20 } as const;

/** The kinds of dates analysts meet, in a given year. */
export const DATES: Array<(year: number) => string> = [
  (y) => `${y}-06-25`,
  (y) => `${y}-02-11`,
  (y) => `${y}-10-03`,
  (y) => `${y}`,
  (y) => `${y}-06`,
  (y) => `${y}-21`,
  (y) => `${y}~`,
  (y) => `${y}/${y + 1}`,
  (y) => `../${y}`,
  (y) => `${y}-03/..`,
];

export async function seedTimelineLibrary(path: string): Promise<void> {
  const next = seededRandom(20140610);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const core = openCore(path, { logError: () => {} });
  const cards: string[] = [];
  try {
    for (let i = 0; i < TIMELINE_BENCH.cards; i++) {
      const result = await core.dispatch('entities.create', { type: i % 5 === 0 ? 'organization' : 'person', name: `Bench card ${i + 1}` });
      if (!result.ok) throw new Error(`entities.create: ${result.error.message}`);
      cards.push((result.value as { id: string }).id);
    }
  } finally {
    core.close();
  }
  const db = new Database(path);
  const timeline = createTimelineStore(db);
  db.transaction(() => {
    for (let i = 0; i < TIMELINE_BENCH.events; i++) {
      const id = randomUUID();
      const now = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
      timeline.insertEvent({
        id,
        title: `Event ${i + 1}: ${pick(['siege', 'meeting', 'strike', 'pledge', 'raid'])}`,
        description: null,
        type: null,
        placeId: null,
        now,
      });
      timeline.links.setParticipants(id, next() < 0.3 ? [pick(cards), pick(cards)] : [pick(cards)]);
      const datings = i % TIMELINE_BENCH.undatedEvery === 0 ? 0 : i % 7 === 0 ? 2 : 1;
      for (let d = 0; d < datings; d++) {
        const days = edtfDate(pick(DATES)(1990 + Math.floor(next() * 35)));
        timeline.datings.insert({ id: randomUUID(), eventId: id, edtf: days.edtf, earliest: days.earliest, latest: days.latest, now });
      }
    }
  }).immediate();
  db.close();
}
