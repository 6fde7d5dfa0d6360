// Unlinked-mention scan for a new alias over 100,000 clippings: after an alias is added to a card,
// how long the card takes to say how many live clippings mention it without a linked passage — ours
// through the search index's clipping rows (search_index), beside the naive way measured in the same run: read
// every clipping's text and search it in JS. Part of `npm run bench -- entities`. Asserts nothing.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { createClippingsStore } from '../../electron/core/clippings/store';
import { createEntityMentions } from '../../electron/core/entities/mentions';
import type { EntityCard, Passage } from '../../shared/domain';
import { seedTexts } from '../helpers/seed-texts';
import { seededRandom } from '../helpers/seeded-random';
import { printTable, type BenchRow } from './table';

const CLIPPINGS = 100_000;
const GOAL_MS = 2_000;
const RUNS = 5;
const NAME = 'Abu Ayyub al-Masri';
const NEW_ALIAS = 'Abu Hamza al-Muhajir';
/** Clippings that already have a passage linked to the card. */
const LINKED = 20;

const FILLER = (
  'the of and to in a is that for on with as was by at from officials government forces group fighters border town ' +
  'region ministry army police attack killed civilians residents according report statement spokesman agency sources ' +
  'security operation control crossing highway checkpoint village capital week leader commander troops coalition talks'
).split(' ');

/** Clipping i: filler words, now and then the card's name, the new alias (in varied case), or only part of it. */
function textOf(i: number): string {
  const next = seededRandom(i);
  const words = Array.from({ length: 40 + Math.floor(next() * 30) }, () => FILLER[Math.floor(next() * FILLER.length)]!);
  const at = 1 + Math.floor(next() * (words.length - 2));
  if (i % 500 === 0) words.splice(at, 0, NAME);
  else if (i % 97 === 0) words.splice(at, 0, i % 2 === 0 ? NEW_ALIAS : NEW_ALIAS.toUpperCase());
  else if (i % 13 === 0) words.splice(at, 0, 'Abu Hamza'); // part of the alias only: not a mention
  return `${words.join(' ')}.`;
}

export async function runUnlinkedMentionsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'notebook-bench-mentions-'));
  const path = join(dir, 'library.sqlite');
  try {
    const setupStart = performance.now();
    seedTexts(path, CLIPPINGS, textOf);
    const core = openCore(path, { logError: (method, error) => console.error(method, error) });
    const reader = new Database(path, { readonly: true });
    try {
      const card = await call<EntityCard>(core, 'entities.create', { type: 'person', name: NAME });
      await linkFirstMentions(core, card.id);
      const setupMs = performance.now() - setupStart;

      await call(core, 'entities.update', { id: card.id, patch: { aliases: [NEW_ALIAS] } });
      const names = [NAME, NEW_ALIAS];
      const mentions = createEntityMentions(createClippingsStore(reader));
      let firstCard: EntityCard | null = null;
      const firstCardMs = await timeAsync(async () => {
        firstCard = await call<EntityCard>(core, 'entities.get', { id: card.id });
      });
      const cardMs = await medianAsync(RUNS, () => call(core, 'entities.get', { id: card.id }));
      const countMs = await medianAsync(RUNS, async () => mentions.unlinkedCount(card.id, names));
      const naiveMs = await medianAsync(RUNS, async () => naiveUnlinkedCount(reader, card.id, names));
      const ours = firstCard!.unlinkedMentionCount;
      const naive = naiveUnlinkedCount(reader, card.id, names);

      const row = (measure: string, value: number): BenchRow => ({
        measure,
        value: ms(value),
        naive: ms(naiveMs),
        ratio: `${(value / naiveMs).toFixed(3)}× (${(naiveMs / value).toFixed(1)}× faster)`,
        goal: `< ${GOAL_MS} ms`,
        met: value < GOAL_MS,
      });
      printTable(
        `unlinked-mention scan for a new alias over ${CLIPPINGS.toLocaleString('en-GB')} clippings ` +
          `(library built in ${(setupMs / 1000).toFixed(1)} s; ${LINKED} clippings linked; ours counted ${ours}, naive counted ${naive}` +
          `${ours === naive ? ', agree' : ' — DISAGREE'})`,
        [
          row(`the card's unlinkedMentionCount: its count query alone, median of ${RUNS}`, countMs),
          row(`the whole card (entities.get: count, mention list, passages, relations…), median of ${RUNS}`, cardMs),
          row('the whole card, first call after the alias was added', firstCardMs),
        ],
      );
    } finally {
      reader.close();
      core.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Links the card's name in the first LINKED clippings that carry it (they then do not count). */
async function linkFirstMentions(core: Core, entityId: string): Promise<void> {
  for (let n = 1; n <= LINKED; n++) {
    const i = n * 500;
    const text = textOf(i);
    const start = text.indexOf(NAME);
    const passage = await call<Passage>(core, 'passages.create', { clippingId: `text-${String(i).padStart(7, '0')}`, start, end: start + NAME.length });
    await call(core, 'passages.link', { passageId: passage.id, entityId });
  }
}

/** The naive way: read every live clipping's text and look for each name, word-bounded, ignoring case. */
function naiveUnlinkedCount(db: Database.Database, entityId: string, names: readonly string[]): number {
  const patterns = names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.match(/[\p{L}\p{N}]+/gu)!.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu'));
  const linked = new Set(
    (
      db
        .prepare('SELECT DISTINCT p.clipping_id FROM passages p JOIN passage_entities pe ON pe.passage_id = p.id WHERE pe.entity_id = ?')
        .all(entityId) as Array<{ clipping_id: string }>
    ).map((row) => row.clipping_id),
  );
  let count = 0;
  for (const row of db.prepare('SELECT id, text FROM clippings WHERE trashed_at IS NULL').iterate() as Iterable<{ id: string; text: string }>) {
    if (!linked.has(row.id) && patterns.some((pattern) => pattern.test(row.text))) count++;
  }
  return count;
}

async function call<T = unknown>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as T;
}

async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function medianAsync(runs: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm the code paths
  const times: number[] = [];
  for (let index = 0; index < runs; index++) times.push(await timeAsync(run));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
