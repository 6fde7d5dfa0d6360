// The timeline's core at 10,000 events (and 500 dated relations): a page of events.list, a filtered
// page, the facets and a find, through dispatch, beside the naive way measured in the same run —
// read every event in full, then filter, sort and cut the page in JavaScript. Run:
// `npm run bench -- events`. Prints a table; asserts nothing.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { createTimelineStore } from '../../electron/core/timeline/store';
import { edtfDate } from '../../shared/timeline/edtf-date';
import type { TimelineEvent, TimelinePage } from '../../shared/timeline/types';
import { seededRandom } from '../helpers/seeded-random';
import { printTable, type BenchRow } from './table';

const EVENT_COUNT = 10_000;
const RELATION_COUNT = 500;
const CARD_COUNT = 300;
const CLIPPING_COUNT = 100;
const PAGE = 500;
const LIST_GOAL_MS = 100;
const RUNS = 7;
/** The kinds of dates analysts meet, in a given year. */
const DATES: Array<(year: number) => string> = [
  (y) => `${y}`,
  (y) => `${y}-06`,
  (y) => `${y}-06-25`,
  (y) => `${y}-21`,
  (y) => `${String(y).slice(0, 3)}X`,
  (y) => `${y}~`,
  (y) => `${y}/${y + 1}`,
  (y) => `../${y}`,
  (y) => `${y}-03/..`,
];

export async function runEventsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'notebook-bench-events-'));
  try {
    const path = join(dir, 'library.sqlite');
    const { cards } = await buildLibrary(path);
    const core = openCore(path, { logError: () => {} });
    try {
      await measure(core, cards);
    } finally {
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(core: Core, cards: string[]): Promise<void> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const card = cards[7]!;
  const filter = { entityIds: [card], from: '2014-03', to: '2014-09' };
  const firstPage = await medianAsync(() => call<TimelinePage>('events.list', { filter: {}, limit: PAGE }));
  const filtered = await medianAsync(() => call<TimelinePage>('events.list', { filter, limit: PAGE }));
  const facets = await medianAsync(() => call('events.facets', {}));
  const find = await medianAsync(() => call('events.find', { query: 'siege 4321' }));

  // The naive way: every event read in full, then filtered, sorted and cut in JavaScript.
  const readAll = async (): Promise<TimelineEvent[]> => {
    const all: TimelineEvent[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await call<TimelinePage>('events.list', { filter: {}, offset, limit: 5000 });
      all.push(...page.items);
      if (offset + 5000 >= page.total) return all;
    }
  };
  const naivePage = await medianAsync(async () => naiveSort(await readAll()).slice(0, PAGE));
  const naiveFiltered = await medianAsync(async () => naiveSort((await readAll()).filter((event) => touches(event, card))).slice(0, PAGE));

  const rows: BenchRow[] = [
    row(`events.list, first page of ${PAGE} of all`, firstPage, naivePage, LIST_GOAL_MS),
    row(`events.list, a card and six months (${PAGE} max)`, filtered, naiveFiltered, LIST_GOAL_MS),
    row('events.facets', facets, null, LIST_GOAL_MS),
    row('events.find (fuzzy over every title)', find, null, 200),
  ];
  printTable(
    `events (Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}; ${EVENT_COUNT.toLocaleString('en-GB')} events with 1–2 datings, ${RELATION_COUNT} dated relations, ${CARD_COUNT} cards; median of ${RUNS})`,
    rows,
  );
}

function row(measure: string, ours: number, naive: number | null, goal: number): BenchRow {
  return {
    measure,
    value: `${ours.toFixed(1)} ms`,
    naive: naive === null ? '–' : `${naive.toFixed(1)} ms`,
    ratio: naive === null ? '–' : `${(ours / naive).toFixed(3)}× (${(naive / ours).toFixed(1)}× faster)`,
    goal: `< ${goal} ms`,
    met: ours < goal,
  };
}

function naiveSort(events: TimelineEvent[]): TimelineEvent[] {
  const start = (event: TimelineEvent) => (event.datings.length === 0 ? '~' : (event.datings.map((d) => d.earliest ?? '').sort()[0] ?? ''));
  return [...events].sort((a, b) => start(a).localeCompare(start(b)));
}

function touches(event: TimelineEvent, card: string): boolean {
  const involved = event.participants.some((p) => p.id === card) || event.place?.id === card;
  const inRange = event.datings.some((d) => (d.latest === null || d.latest >= '2014-03-01') && (d.earliest === null || d.earliest <= '2014-09-30'));
  return involved && (inRange || event.datings.length === 0);
}

async function medianAsync(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm the code paths and the page cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

// --- a deterministic library ------------------------------------------------------------------

/** Cards, clippings and passages through dispatch; events written by the timeline store in one transaction. */
async function buildLibrary(path: string): Promise<{ cards: string[] }> {
  const next = seededRandom(20141101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const core = openCore(path, { logError: () => {} });
  const value = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const cards: string[] = [];
  for (let i = 0; i < CARD_COUNT; i++) {
    cards.push(
      (await value<{ id: string }>('entities.create', { type: i % 10 === 0 ? 'place' : 'person', name: `Card ${i} ${pick(['Omar', 'Layla', 'Samir'])}` })).id,
    );
  }
  const passages: string[] = [];
  for (let i = 0; i < CLIPPING_COUNT; i++) {
    const text = `Report ${i}: the siege of the town began in June 2014, officials said. Fighting went on for weeks.`;
    const clipping = await value<{ clipping: { id: string } }>('clippings.create', { text });
    await value('clippings.update', { id: clipping.clipping.id, patch: { reliability: pick(['A', 'B', 'C', 'D']), credibility: 1 + Math.floor(next() * 6) } });
    passages.push((await value<{ id: string }>('passages.create', { clippingId: clipping.clipping.id, start: 0, end: 40 })).id);
  }
  for (let i = 0; i < RELATION_COUNT; i++) {
    const source = cards[(i * 2) % CARD_COUNT]!;
    const target = cards[(i * 2 + 1) % CARD_COUNT]!;
    await value('relations.create', { sourceId: source, targetId: target, type: 'other', label: `relation ${i}`, date: `20${10 + (i % 10)}-0${1 + (i % 9)}` });
  }
  core.close();

  const db = new Database(path);
  const timeline = createTimelineStore(db);
  db.transaction(() => {
    for (let i = 0; i < EVENT_COUNT; i++) {
      const id = randomUUID();
      const now = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
      timeline.insertEvent({
        id,
        title: `Event ${i}: ${pick(['siege', 'meeting', 'strike', 'pledge'])} ${i % 5000}`,
        description: null,
        type: pick(['battle', 'meeting', null]),
        placeId: null,
        now,
      });
      timeline.links.setParticipants(id, [pick(cards), pick(cards)]);
      const datings = i % 20 === 0 ? 0 : 1 + (i % 7 === 0 ? 1 : 0);
      for (let d = 0; d < datings; d++) {
        const year = 1990 + Math.floor(next() * 35);
        const edtf = pick(DATES)(year);
        const days = edtfDate(edtf);
        const datingId = randomUUID();
        timeline.datings.insert({ id: datingId, eventId: id, edtf: days.edtf, earliest: days.earliest, latest: days.latest, now });
        timeline.evidence.add(id, pick(passages), datingId);
      }
    }
  }).immediate();
  db.close();
  return { cards };
}
