// npm run bench -- import
// 1. Plain-text clippings per second through the whole core (openCore on a temp library, dispatch
//    'clippings.create': cleaning, duplicate indexing, one transaction each) beside the naive way:
//    a raw better-sqlite3 INSERT of the same texts into a bare table in one transaction.
// 2. HTML pages per second through importDocument over the Readability corpus (130 real pages:
//    Readability, sanitising on jsdom, text) beside the naive way: Readability alone on linkedom.
import { Readability } from '@mozilla/readability';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { openCore } from '../../electron/core/core';
import { importDocument } from '../../electron/core/import';
import { corpusPath } from '../helpers/corpus';
import { articleTexts } from './article-text';
import { formatRate, perSecond, printTable, type BenchRow } from './table';

const CLIPPINGS = 2000;
const CLIPPINGS_GOAL = 1000;
const PAGES_GOAL = 20;
const PASSES = 2;

export async function runImportBench(): Promise<void> {
  const rows: BenchRow[] = [await clippingsRow()];
  const pages = await pagesRow();
  if (pages) rows.push(pages);
  printTable(
    `import (Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')})`,
    rows,
  );
}

async function clippingsRow(): Promise<BenchRow> {
  const texts = articleTexts(CLIPPINGS);
  const dir = mkdtempSync(join(tmpdir(), 'notebook-bench-'));
  try {
    const core = openCore(join(dir, 'library.sqlite'), { logError: (method, error) => console.error(method, error) });
    let coreMs: number;
    try {
      const start = performance.now();
      for (const text of texts) {
        const result = await core.dispatch('clippings.create', { text });
        if (!result.ok) throw new Error(`clippings.create failed: ${result.error.message}`);
      }
      coreMs = performance.now() - start;
    } finally {
      core.close();
    }

    const raw = new Database(join(dir, 'naive.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE clippings (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    const insert = raw.prepare('INSERT INTO clippings (text) VALUES (?)');
    const start = performance.now();
    raw.transaction(() => {
      for (const text of texts) insert.run(text);
    })();
    const rawMs = performance.now() - start;
    raw.close();

    const ours = perSecond(CLIPPINGS, coreMs);
    const naive = perSecond(CLIPPINGS, rawMs);
    return {
      measure: `plain-text clippings (${CLIPPINGS} × ~600 words, clippings.create)`,
      value: formatRate(ours, 'clippings'),
      naive: `raw INSERT, one transaction: ${formatRate(naive, 'clippings')}`,
      ratio: `${(ours / naive).toFixed(3)}×`,
      goal: `≥ ${CLIPPINGS_GOAL.toLocaleString('en-GB')}/s`,
      met: ours >= CLIPPINGS_GOAL,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pagesRow(): Promise<BenchRow | null> {
  const corpus = corpusPath('readability', 'test-pages');
  if (!corpus.exists) return null;
  const pages = readdirSync(corpus.path)
    .sort()
    .map((page) => readFileSync(join(corpus.path, page, 'source.html')));

  // One page each way first, so loading the modules and starting jsdom are not timed. Then the two
  // ways take turns, twice, and each keeps its best pass: on a shared machine the load changes
  // between passes, and taking turns keeps the comparison fair.
  await importDocument('warm-up.html', pages[0]!);
  naiveParse(pages[0]!);
  const ours = { wall: Infinity, cpu: Infinity };
  const naive = { wall: Infinity, cpu: Infinity };
  for (let pass = 0; pass < PASSES; pass++) {
    keepBest(
      ours,
      await timed(async () => {
        for (const bytes of pages) await importDocument('page.html', bytes);
      }),
    );
    keepBest(
      naive,
      await timed(async () => {
        for (const bytes of pages) naiveParse(bytes);
      }),
    );
  }

  // Wall-clock rates are the measure; CPU-time rates are shown beside them because on a busy,
  // shared machine waiting for a core inflates wall time but not CPU time.
  const rate = (ms: number) => perSecond(pages.length, ms);
  const shown = (times: Times) => `${formatRate(rate(times.wall), 'pages')} (CPU: ${formatRate(rate(times.cpu), 'pages')})`;
  return {
    measure: `HTML pages (Readability corpus, ${pages.length} pages, importDocument, best of ${PASSES})`,
    value: shown(ours),
    naive: `Readability only, no sanitising: ${shown(naive)}`,
    ratio: `${(naive.wall / ours.wall).toFixed(2)}× (CPU: ${(naive.cpu / ours.cpu).toFixed(2)}×)`,
    goal: `≥ ${PAGES_GOAL}/s`,
    met: rate(ours.wall) >= PAGES_GOAL,
  };
}

interface Times {
  wall: number;
  cpu: number;
}

/** Wall-clock and process CPU milliseconds of one run. */
async function timed(run: () => Promise<void>): Promise<Times> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

function keepBest(best: Times, times: Times): void {
  best.wall = Math.min(best.wall, times.wall);
  best.cpu = Math.min(best.cpu, times.cpu);
}

function naiveParse(bytes: Buffer): void {
  new Readability(parseHTML(bytes.toString('utf8')).document).parse();
}
