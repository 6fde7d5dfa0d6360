// The notebook in Chromium: open a 50,000-word note with 500 entity mentions and 200 citations and
// type 200 characters into it, measured in the page; beside it, in the same run, a note of the same
// length with no custom nodes. Open: from the click on the note in the list to the editor showing
// the note's last words, editable. A keystroke: from keydown to the first animation frame after the
// editor's DOM changed. Prints a table; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createClient } from '../../shared/client';
import type { EntityCard } from '../../shared/domain';
import { openCore } from '../../electron/core/core';
import { artifactPath } from '../helpers/artifacts';
import { launchChromium } from '../helpers/chromium';
import { startServing } from '../helpers/cli-process';
import { articleText, articleWords } from '../helpers/articles';
import { benchNoteContent, type BenchNoteParts } from './notebook-content';
import { printTable, type BenchRow } from './table';

const WORDS = 50_000;
const MENTIONS = 500;
const CITATIONS = 200;
const CARDS = 50;
const TYPED = 200;
const OPENS = 5;
const OPEN_GOAL_MS = 500;
const KEYSTROKE_GOAL_MS = 16;
const RATIO_GOAL = 1.5;
const NOTES = [
  { title: 'Bench note with evidence', customNodes: true, endMarker: 'End-of-the-evidence-note' },
  { title: 'Bench note, plain', customNodes: false, endMarker: 'End-of-the-plain-note' },
] as const;

export async function runNotebookBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'notebook-bench-'));
  const libraryPath = join(dir, 'library.sqlite');
  try {
    await seedLibrary(libraryPath);
    const server = await startServing('serve', libraryPath);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      await page.goto(server.url);
      await page.goto(`${server.origin}/#/notebook`);
      await page.getByTestId('note-row').first().waitFor();
      const [ours, plain] = NOTES;
      const results = { ours: await measure(page, ours, plain), plain: await measure(page, plain, ours) };
      report(results);
    } catch (error) {
      const shot = artifactPath('bench-notebook-failure.png');
      await browser
        .contexts()[0]
        ?.pages()[0]
        ?.screenshot({ path: shot })
        .catch(() => undefined);
      throw new Error(`The notebook bench failed (the page is in ${shot}): ${String(error)}`, { cause: error });
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function seedLibrary(path: string): Promise<void> {
  const core = openCore(path);
  const api = createClient(core.dispatch);
  const value = async <T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> => {
    const result = await promise;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  try {
    const cards: EntityCard[] = [];
    for (let i = 0; i < CARDS; i++) cards.push(await value(api.call('entities.create', { type: 'person', name: `Person number ${i + 1}` })));
    const created = await value(api.call('clippings.create', { text: `Source of the bench citations\n\n${articleText(articleWords(3, 6_000))}` }));
    const clipping = created.clipping!;
    const citations: BenchNoteParts['citations'] = [];
    for (let i = 0; i < CITATIONS; i++) {
      const start = i * 150;
      const passage = await value(api.call('passages.create', { clippingId: clipping.id, start, end: start + 80 }));
      citations.push({
        passageId: passage.id,
        quote: passage.exact,
        clippingId: clipping.id,
        clippingTitle: clipping.title,
        outlet: 'Bench Wire',
        publishedAt: '2014-07',
        grade: 'B2',
      });
    }
    const mentions = Array.from({ length: MENTIONS }, (_, i) => {
      const card = cards[i % CARDS]!;
      return { entityId: card.id, name: card.name, entityType: card.type };
    });
    const parts = { words: WORDS, mentions, citations };
    for (const note of NOTES) {
      const content = benchNoteContent(parts, note.customNodes, note.endMarker);
      await value(api.call('notes.create', { title: note.title, content }));
    }
  } finally {
    core.close();
  }
}

type BenchNote = (typeof NOTES)[number];

interface Measured {
  openMs: number[];
  keystrokeMs: number[];
}

/** Opens the note OPENS times (from the other one each time), then types TYPED characters at its end. */
async function measure(page: Page, note: BenchNote, other: BenchNote): Promise<Measured> {
  const openMs: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    await openNote(page, other);
    openMs.push(await openNote(page, note));
  }
  const editor = page.getByTestId('note-editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="note-editor"][contenteditable="true"]');
    const samples = [];
    let pending = null;
    window.__keystrokes = samples;
    root.addEventListener('keydown', (event) => (pending = event.timeStamp), true);
    new MutationObserver(() => {
      if (pending === null) return;
      const started = pending;
      pending = null;
      requestAnimationFrame(() => samples.push(performance.now() - started));
    }).observe(root, { subtree: true, childList: true, characterData: true });
  })()`);
  const text = 'The convoy reached the district at dawn and the ministry said nothing further about it. '.repeat(3).slice(0, TYPED);
  await page.keyboard.type(text, { delay: 30 });
  await page.waitForFunction(`window.__keystrokes.length >= ${TYPED}`);
  const keystrokeMs = (await page.evaluate('window.__keystrokes')) as number[];
  return { openMs, keystrokeMs };
}

/** Clicks the note in the list; answers the milliseconds until its last words are shown, editable. */
async function openNote(page: Page, note: BenchNote): Promise<number> {
  await page.getByTestId('note-row').filter({ hasText: note.title }).first().waitFor();
  // A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
  return page
    .evaluate(
      `new Promise((resolve) => {
    const row = [...document.querySelectorAll('[data-testid="note-row"]')].find((r) => r.textContent.includes(${JSON.stringify(note.title)}));
    const started = performance.now();
    row.click();
    const check = () => {
      const root = document.querySelector('[data-testid="note-editor"][contenteditable="true"]');
      if (root && (root.lastElementChild?.textContent ?? '').includes(${JSON.stringify(note.endMarker)})) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    setTimeout(() => resolve(-1), 60000);
  })`,
    )
    .then(async (ms) => {
      if (ms === -1) {
        const last = await page.evaluate(
          `document.querySelector('[data-testid="note-editor"][contenteditable="true"]')?.lastElementChild?.outerHTML.slice(-300)`,
        );
        throw new Error(`“${note.title}” did not open within 60 s; the editor ends with ${String(last)}`);
      }
      return ms as number;
    });
}

function report(results: { ours: Measured; plain: Measured }): void {
  const openOurs = median(results.ours.openMs);
  const openPlain = median(results.plain.openMs);
  const p95Ours = percentile(results.ours.keystrokeMs, 0.95);
  const p95Plain = percentile(results.plain.keystrokeMs, 0.95);
  const meanOurs = mean(results.ours.keystrokeMs);
  const meanPlain = mean(results.plain.keystrokeMs);
  const rows: BenchRow[] = [
    row(
      `open the note, median of ${OPENS}`,
      openOurs,
      openPlain,
      `≤ ${OPEN_GOAL_MS} ms and ≤ ${RATIO_GOAL}× plain`,
      openOurs <= OPEN_GOAL_MS && openOurs <= openPlain * RATIO_GOAL,
    ),
    row(
      `keystroke to frame, p95 of ${TYPED}`,
      p95Ours,
      p95Plain,
      `≤ ${KEYSTROKE_GOAL_MS} ms and ≤ ${RATIO_GOAL}× plain`,
      p95Ours <= KEYSTROKE_GOAL_MS && p95Ours <= p95Plain * RATIO_GOAL,
    ),
    row(`keystroke to frame, mean of ${TYPED}`, meanOurs, meanPlain, '–', null),
  ];
  printTable(
    `notebook in Chromium (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${WORDS.toLocaleString('en-GB')} words, ` +
      `${MENTIONS} mentions of ${CARDS} cards, ${CITATIONS} citations; "naive way" = the same note with no custom nodes)`,
    rows,
  );
}

function row(measure: string, ours: number, plain: number, goal: string, met: boolean | null): BenchRow {
  return { measure, value: `${ours.toFixed(1)} ms`, naive: `${plain.toFixed(1)} ms`, ratio: `${(ours / plain).toFixed(2)}×`, goal, met };
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
