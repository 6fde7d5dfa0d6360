// The search bench's library: 100,000 clippings of ~650 words with outlets, bylines, dates and tags,
// 20,000 cards with aliases, 10,000 timeline events and 2,000 notes. Clippings, cards and events are
// written through the core's stores in big transactions (100,000 dispatch calls would take far
// longer), so the search index fills by the app's own triggers; notes go through dispatch, the
// app's one way to write them. The near-duplicate index (MinHash) is left empty: search never
// reads it, and filling it would double the build time. Built once by a deterministic generator and cached under the OS temp
// dir, named by text shape, generator version and schema (its version and a hash of the migrations' SQL, which
// holds the search index's triggers) so that a stale cache is never used.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClippingsStore } from '../../electron/core/clippings/store';
import { textKeys } from '../../electron/core/clippings/text-keys';
import { openCore } from '../../electron/core/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { createEntitiesStore } from '../../electron/core/entities/store';
import { createTagStore } from '../../electron/core/tags/store';
import { createTimelineStore } from '../../electron/core/timeline/store';
import { edtfDate } from '../../shared/timeline/edtf-date';
import { seededRandom } from '../helpers/seeded-random';
import { fillPhraseIndex } from './phrase-index-fill';
import { benchCards, spellings, type BenchCard } from './search-names';
import { benchNote } from './search-notes';
import { TEXT_SHAPES, clippingWriter, type TextShapeName } from './search-text';
import { DATES } from './timeline-library';
import { VOCABULARY } from './search-vocabulary';

export const SEARCH_LIBRARY = { clippings: 100_000, cards: 20_000, events: 10_000, notes: 2_000 } as const;
// Change a shape's version when what it generates changes; the schema version follows the app's
// migrations. The independent shape's text is still the first generator's, word for word.
const GENERATOR_VERSIONS: Record<TextShapeName, number> = { news: 2, independent: 1 };
/** SEARCH_BENCH_TEXT=independent builds the library from independently drawn words (search-text.ts). */
export const TEXT_SHAPE: TextShapeName = process.env.SEARCH_BENCH_TEXT === 'independent' ? 'independent' : 'news';
const CACHE_PREFIX = 'notebook-bench-search-';
const BATCH = 5_000;
const SEED = 20_260_101;

export interface SearchLibrary {
  path: string;
  /** How long building took, or null when the cache was reused. */
  builtMs: number | null;
  cards: BenchCard[];
}

/** The cached library's path, building it first when missing (the bench only reads it). */
export async function searchLibrary(): Promise<SearchLibrary> {
  const name = `${CACHE_PREFIX}${TEXT_SHAPE}-g${GENERATOR_VERSIONS[TEXT_SHAPE]}-s${LATEST_SCHEMA_VERSION}-${schemaHash()}.sqlite`;
  const path = join(tmpdir(), name);
  const cards = benchCards(SEARCH_LIBRARY.cards);
  if (existsSync(path)) return { path, builtMs: null, cards };
  removeStaleCaches(`${CACHE_PREFIX}${TEXT_SHAPE}-`, name);
  console.log(`Building the search bench's library (${path}); this takes minutes, once.`);
  const start = performance.now();
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  openCore(building, { logError: () => {} }).close(); // the schema, by the app's own migrations
  const db = new Database(building);
  db.pragma('journal_mode = WAL');
  let cardIds: string[];
  try {
    cardIds = writeCards(db, cards);
    writeClippings(db, cards);
    writeEvents(db, cards, cardIds);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  await writeNotes(building, cards, cardIds);
  const fill = fillPhraseIndex(building);
  console.log(`Next-word index for phrases filled in ${(fill.ms / 1000).toFixed(0)} s.`);
  renameSync(building, path);
  renameSync(`${building}.phrase-fill.json`, `${path}.phrase-fill.json`);
  const builtMs = performance.now() - start;
  console.log(`Built in ${(builtMs / 1000).toFixed(0)} s.`);
  return { path, builtMs, cards };
}

/** Earlier generations of this shape's cache (over a gigabyte each): another generator or schema made them. */
function removeStaleCaches(prefix: string, current: string): void {
  for (const file of readdirSync(tmpdir())) {
    if (file.startsWith(prefix) && !file.startsWith(current)) rmSync(join(tmpdir(), file), { force: true });
  }
}

function schemaHash(): string {
  const hash = createHash('sha256');
  for (const migration of MIGRATIONS) hash.update(`${migration.version} ${migration.name}\n${migration.sql}\n`);
  return hash.digest('hex').slice(0, 8);
}

function writeCards(db: Database.Database, cards: readonly BenchCard[]): string[] {
  const entities = createEntitiesStore(db);
  const at = Date.UTC(2023, 0, 1);
  return db.transaction(() => cards.map((card, index) => entities.insert(card, new Date(at + index * 1000).toISOString()))).immediate();
}

function writeClippings(db: Database.Database, cards: readonly BenchCard[]): void {
  const store = createClippingsStore(db);
  const tags = createTagStore(db);
  const next = clippingWriter(cards, SEED, TEXT_SHAPES[TEXT_SHAPE]);
  const at = Date.UTC(2024, 0, 1);
  const insertBatch = db.transaction((offset: number) => {
    for (let n = offset; n < Math.min(offset + BATCH, SEARCH_LIBRARY.clippings); n++) {
      const clipping = next();
      const bytes = Buffer.from(clipping.text, 'utf8');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const keys = textKeys(clipping.text);
      const id = `search-bench-${String(n).padStart(6, '0')}`;
      store.insertOriginal(sha256, bytes, 'text/plain; charset=utf-8');
      store.insert({
        ...clipping,
        id,
        html: null,
        pageStarts: null,
        url: null,
        lang: 'en',
        sha256,
        sourceName: `clipping-${n}.txt`,
        importer: 'text-file',
        importerVersion: '2',
        wordCount: clipping.text.split(/\s+/).length,
        textHash: keys.hash,
        nearDuplicateOf: null,
        now: new Date(at + n * 1000).toISOString(),
      });
      for (const tag of clipping.tags) store.linkTag(id, tags.idOf(tag));
    }
  });
  for (let offset = 0; offset < SEARCH_LIBRARY.clippings; offset += BATCH) insertBatch.immediate(offset);
}

function writeEvents(db: Database.Database, cards: readonly BenchCard[], cardIds: readonly string[]): void {
  const random = seededRandom(SEED + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const timeline = createTimelineStore(db);
  const places = cards.filter((card) => card.type === 'place').slice(0, 200);
  const eventWords = VOCABULARY.slice(0, 600);
  const actions = ['siege of', 'meeting in', 'strike on', 'pledge in', 'raid on', 'talks in', 'ceasefire in', 'convoy to'];
  db.transaction(() => {
    for (let i = 0; i < SEARCH_LIBRARY.events; i++) {
      const id = randomUUID();
      const now = new Date(Date.UTC(2024, 6, 1) + i * 1000).toISOString();
      const actor = Math.floor(random() * 3_000);
      const place = pick(places);
      const words = Array.from({ length: 12 }, () => pick(eventWords)).join(' ');
      timeline.insertEvent({
        id,
        title: `${pick(spellings(cards[actor]!))}: ${pick(actions)} ${place.name}`,
        description: `${words[0]!.toUpperCase()}${words.slice(1)}.`,
        type: null,
        placeId: null,
        now,
      });
      timeline.links.setParticipants(id, [cardIds[actor]!]);
      if (i % 20 !== 0) {
        const days = edtfDate(pick(DATES)(2011 + Math.floor(random() * 14)));
        timeline.datings.insert({ id: randomUUID(), eventId: id, edtf: days.edtf, earliest: days.earliest, latest: days.latest, now });
      }
    }
  }).immediate();
}

async function writeNotes(path: string, cards: readonly BenchCard[], ids: readonly string[]): Promise<void> {
  const core = openCore(path, { logError: () => {} });
  try {
    const random = seededRandom(SEED + 2);
    for (let i = 0; i < SEARCH_LIBRARY.notes; i++) {
      const result = await core.dispatch('notes.create', benchNote(i, cards, ids, random));
      if (!result.ok) throw new Error(`notes.create: ${result.error.message}`);
    }
  } finally {
    core.close();
  }
}
