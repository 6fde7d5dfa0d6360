// The search bench's queries: 30 distinct queries of each shape an analyst types, made from the
// generator's word lists and from the library's own text (phrases and questions taken from real
// clippings, so that they match something). Deterministic: the same queries every run.
import type Database from 'better-sqlite3';
import { STOP_WORDS } from '../../shared/search/stop-words';
import { seededRandom } from '../helpers/seeded-random';
import type { BenchCard } from './search-names';
import { OUTLETS, RARE_WORDS, TAGS } from './search-text';
import { COMMON_WORDS, VOCABULARY, rareWords } from './search-vocabulary';
import { lowerWords } from './text-shape';

export const QUERIES_PER_SHAPE = 30;
export const QUESTION_WORDS = 15;

export interface QueryShape {
  name: string;
  queries: string[];
  /** The p95 goal in milliseconds. */
  goalMs: number;
}

/** Words of middling frequency (ranks 300–1,500): found in hundreds to thousands of clippings. */
const MIDDLE_WORDS = VOCABULARY.slice(300, 1_500);

export function queryShapes(db: Database.Database, cards: readonly BenchCard[], clippingCount: number): QueryShape[] {
  const random = seededRandom(777);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const many = (make: (index: number) => string): string[] => Array.from({ length: QUERIES_PER_SHAPE }, (_, index) => make(index));
  const rare = rareWords(RARE_WORDS);
  const texts = clippingTexts(db, clippingCount);
  const entityNames = cards.slice(0, QUERIES_PER_SHAPE).map((card, index) => (index % 3 === 2 && card.aliases.length > 0 ? card.aliases[0]! : card.name));
  return [
    { name: 'rare word', queries: many((i) => rare[(i * 613) % rare.length]!), goalMs: 20 },
    { name: 'common word', queries: many((i) => COMMON_WORDS[i * 3]!), goalMs: 20 },
    { name: 'phrase of common words', queries: many((i) => `"${phraseIn(texts[i]!, 3)}"`), goalMs: 20 },
    { name: 'OR of two words', queries: many(() => `${pick(MIDDLE_WORDS)} OR ${pick(MIDDLE_WORDS)}`), goalMs: 20 },
    { name: 'NOT (word -word)', queries: many(() => `${pick(COMMON_WORDS)} -${pick(COMMON_WORDS)}`), goalMs: 20 },
    { name: 'prefix (word*)', queries: many(() => `${pick(MIDDLE_WORDS).slice(0, 4)}*`), goalMs: 20 },
    { name: 'filters (outlet: tag: after:)', queries: many((i) => filtered(i, pick(MIDDLE_WORDS))), goalMs: 20 },
    { name: 'entity:"Name"', queries: entityNames.map((name) => `entity:"${name}"`), goalMs: 20 },
    { name: `${QUESTION_WORDS}-word question`, queries: many((i) => question(texts[QUERIES_PER_SHAPE + i]!, random)), goalMs: 100 },
  ];
}

function filtered(index: number, word: string): string {
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const tag = TAGS[index % TAGS.length]!;
  const year = 2011 + (index % 13);
  const forms = [`${word} outlet:"${outlet}"`, `${word} tag:${tag}`, `${word} after:${year}`, `${word} outlet:"${outlet}" tag:${tag} after:${year}`];
  return forms[index % forms.length]!;
}

/** Texts of clippings spread over the library, for phrases and questions that match real text. */
function clippingTexts(db: Database.Database, clippingCount: number): string[] {
  const text = db.prepare('SELECT text FROM clippings WHERE rowid = ?').pluck();
  const step = Math.floor(clippingCount / (QUERIES_PER_SHAPE * 2));
  return Array.from({ length: QUERIES_PER_SHAPE * 2 }, (_, index) => text.get(1 + index * step) as string);
}

/** The news words at the head of the vocabulary: each is in thousands of clippings. */
const HEAD_WORDS = new Set(VOCABULARY.slice(0, 400));

/** `length` consecutive common words of the text (at least two of them not function words). */
function phraseIn(text: string, length: number): string {
  const words = lowerWords(text.slice(text.indexOf('\n\n')));
  for (let at = 0; at + length <= words.length; at++) {
    const phrase = words.slice(at, at + length);
    if (phrase.every((word) => HEAD_WORDS.has(word)) && phrase.filter((word) => !STOP_WORDS.has(word)).length >= 2) return phrase.join(' ');
  }
  return words.slice(0, length).join(' ');
}

/** A question an analyst might type about the clipping: its content words, some of them replaced. */
function question(text: string, random: () => number): string {
  const content = lowerWords(text.split('\n\n')[2] ?? text).filter((word) => !STOP_WORDS.has(word));
  const words = content.slice(0, QUESTION_WORDS - 3).map((word) => (random() < 0.2 ? VOCABULARY[300 + Math.floor(random() * 1_200)]! : word));
  return `what did ${words.join(' ')} mean?`;
}
