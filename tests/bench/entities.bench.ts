// Entity suggestions for a 5,000-word article against a library of 2,000 cards, beside the naive
// way measured in the same run: one case-insensitive regular expression per card name and alias,
// each run over the whole text. Run: `npx tsx tests/bench/entities.bench.ts` (or through
// `npm run bench -- entities` once the runner lists this suite). Prints a table; asserts nothing.
// Then the unlinked-mention scan over 100,000 clippings (unlinked-mentions.bench.ts), its own table.
import { loadavg } from 'node:os';
import { KnownCardIndex } from '../../shared/entities/known-card-index';
import { suggestEntities } from '../../shared/entities/suggest-entities';
import type { KnownCard } from '../../shared/entities/types';
import { getLexicon } from '../../shared/entities/lexicon';
import { runUnlinkedMentionsBench } from './unlinked-mentions.bench';

const ARTICLE_WORDS = 5_000;
const CARD_COUNT = 2_000;
const SUGGEST_GOAL_MS = 200;
const WARM_RUNS = 7;

export async function runEntitiesBench(): Promise<void> {
  const gazetteerMs = time(() => getLexicon());
  const cards = makeCards(CARD_COUNT, random(7));
  const article = makeArticle(ARTICLE_WORDS, cards, random(11));
  let index: KnownCardIndex | null = null;
  const indexMs = time(() => {
    index = new KnownCardIndex(cards);
  });
  const known = index!;

  const firstCallMs = time(() => suggestEntities(article, known));
  const suggestMs = median(WARM_RUNS, () => suggestEntities(article, known));
  const scanMs = median(WARM_RUNS, () => known.findIn(article));
  const naiveMs = median(WARM_RUNS, () => naiveScan(article, cards));

  const rows = suggestEntities(article, known);
  const linked = rows.filter((row) => row.entityId !== null).length;
  const naiveHits = naiveScan(article, cards);
  const words = article.split(/\s+/).length;

  printTable(
    `entities (Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}; ` +
      `${words.toLocaleString('en-GB')}-word article, ${CARD_COUNT.toLocaleString('en-GB')} cards with ` +
      `${cards.reduce((sum, card) => sum + card.aliases.length, 0).toLocaleString('en-GB')} aliases; ` +
      `${rows.length} suggestions, ${linked} linked to cards; naive scan found ${naiveHits} hits)`,
    [
      [
        'suggestions for the article (cards + alias definitions + recognition), median of 7',
        ms(suggestMs),
        ms(naiveMs),
        ratio(suggestMs, naiveMs),
        `< ${SUGGEST_GOAL_MS} ms`,
        suggestMs < SUGGEST_GOAL_MS ? 'yes' : 'NO',
      ],
      ['known-card part alone: one pass over folded words, median of 7', ms(scanMs), ms(naiveMs), ratio(scanMs, naiveMs), '–', '–'],
      ['first call in the process (after the gazetteers are loaded)', ms(firstCallMs), '–', '–', '–', '–'],
      ['loading the gazetteers, once per process', ms(gazetteerMs), '–', '–', '–', '–'],
      [`building the index of ${CARD_COUNT.toLocaleString('en-GB')} cards, once per library change`, ms(indexMs), '–', '–', '–', '–'],
    ],
  );
  await runUnlinkedMentionsBench();
}

/** The naive way: every name and alias of every card as its own regular expression over the text. */
function naiveScan(text: string, cards: readonly KnownCard[]): number {
  let hits = 0;
  for (const card of cards) {
    for (const name of [card.name, ...card.aliases]) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
      for (const _match of text.matchAll(pattern)) hits++;
    }
  }
  return hits;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// --- deterministic test data -------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run measures the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const SYLLABLES = ['ka', 'ra', 'mi', 'sa', 'hu', 'da', 'li', 'na', 'za', 'fa', 'ri', 'qa', 'ba', 'ta', 'wa', 'yu', 'jo', 'ne', 'mo', 'sh'];
const FIRST_NAMES = [
  'Omar',
  'Khalid',
  'Yusuf',
  'Layla',
  'Samir',
  'Nadia',
  'Karim',
  'Huda',
  'Tariq',
  'Ahmed',
  'Fatima',
  'Ibrahim',
  'Mariam',
  'Hassan',
  'Rami',
  'Salma',
];
const ORG_HEADS = ['Brigade', 'Front', 'Battalion', 'Council', 'Movement', 'Army', 'Committee', 'Party', 'Union', 'Agency'];
const PLACE_HEADS = ['province', 'district', 'valley'];
const FILLER = (
  'the of and to in a is that for on with as was by at from it an be are has have had said were which ' +
  'officials government forces group fighters border town city region ministry army police rebels ' +
  'militants attack killed wounded civilians residents according report statement spokesman monitoring ' +
  'agency sources local security military operation control crossing highway checkpoint village capital ' +
  'week month year days hours morning night since after before during while amid despite leader commander ' +
  'units troops coalition talks agreement ceasefire negotiations refugees aid supplies convoy hospital ' +
  'school market bridge airport oil water prices election parliament minister opposition court claimed ' +
  'denied confirmed announced warned urged told added described estimated new former senior several two'
).split(' ');

function coinedWord(next: () => number): string {
  const length = 2 + Math.floor(next() * 2);
  let word = '';
  for (let index = 0; index < length; index++) word += pick(next, SYLLABLES);
  return capitalise(word);
}

function makeCards(count: number, next: () => number): KnownCard[] {
  const cards: KnownCard[] = [];
  const used = new Set<string>();
  while (cards.length < count) {
    const id = `card-${cards.length + 1}`;
    const kind = cards.length % 5;
    let card: KnownCard;
    if (kind < 2) {
      const surname = coinedWord(next);
      card = { id, type: 'person', name: `${pick(next, FIRST_NAMES)} al-${surname}`, aliases: [`Abu ${coinedWord(next)}`, surname] };
    } else if (kind < 4) {
      const core = `${coinedWord(next)} ${pick(next, ORG_HEADS)}`;
      const acronym =
        core
          .split(' ')
          .map((word) => word.charAt(0))
          .join('') + coinedWord(next).charAt(0);
      card = { id, type: 'organization', name: core, aliases: [acronym.toUpperCase(), `Jabhat ${core.split(' ')[0]}`] };
    } else {
      const place = `${coinedWord(next)} ${coinedWord(next)}`;
      card = { id, type: 'place', name: place, aliases: [place.replace(' ', '-')] };
    }
    if (used.has(card.name)) continue;
    used.add(card.name);
    cards.push(card);
  }
  return cards;
}

/** Sentences of filler words with a name every dozen words: cards (by name or alias, sometimes in
 * another spelling), unknown people with titles, places with cues, and now and then a definition. */
function makeArticle(wordCount: number, cards: readonly KnownCard[], next: () => number): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const parts: string[] = [];
    const length = 14 + Math.floor(next() * 14);
    for (let index = 0; index < length; index++) {
      if (index > 0 && next() < 0.09) parts.push(mention(cards, next));
      else parts.push(pick(next, FILLER));
    }
    let sentence = parts.join(' ');
    sentence = capitalise(sentence) + (next() < 0.1 ? ', a monitoring group said.' : '.');
    sentences.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let index = 0; index < sentences.length; index += 5) paragraphs.push(sentences.slice(index, index + 5).join(' '));
  return paragraphs.join('\n\n');
}

function mention(cards: readonly KnownCard[], next: () => number): string {
  const roll = next();
  const card = pick(next, cards);
  if (roll < 0.45) return card.name;
  if (roll < 0.6) return `${pick(next, card.aliases)}${next() < 0.3 ? '’s' : ''}`;
  if (roll < 0.65) return card.name.replace('al-', 'Al ');
  if (roll < 0.8) return `President ${pick(next, FIRST_NAMES)} ${coinedWord(next)}`;
  if (roll < 0.9) return `${coinedWord(next)} ${pick(next, PLACE_HEADS)}`;
  if (roll < 0.95) return `${coinedWord(next)} ${pick(next, ORG_HEADS)}, also known as ${coinedWord(next)},`;
  return `in ${coinedWord(next)}`;
}

// --- timing and the table ----------------------------------------------------------------------

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(runs: number, run: () => unknown): number {
  run(); // warm the code paths
  const times = Array.from({ length: runs }, () => time(run)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (ours: number, naive: number) => `${(ours / naive).toFixed(3)}× (${(naive / ours).toFixed(1)}× faster)`;

function printTable(title: string, rows: string[][]): void {
  const header = ['measure', 'ours', 'naive way (same run)', 'ours/naive', 'goal', 'met'];
  const cells = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

if (process.argv[1]?.endsWith('entities.bench.ts')) {
  runEntitiesBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
