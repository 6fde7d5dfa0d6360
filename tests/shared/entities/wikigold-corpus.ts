// Reads wikigold (CoNLL, IO tags) into documents whose text is rebuilt the way the issue says,
// and scores suggestions against it: per document, the set of distinct (type, surface) pairs.
import { readFileSync } from 'node:fs';

export type GoldType = 'PER' | 'ORG' | 'LOC';
export interface GoldDocument {
  text: string;
  /** Distinct "TYPE\tsurface" keys of the document's PER/ORG/LOC entities. */
  gold: Set<string>;
}

const NO_SPACE_BEFORE = /^[.,;:!?')]/;
const SCORED_TAGS = new Set(['PER', 'ORG', 'LOC']);

export function readWikigold(path: string): GoldDocument[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const documents: GoldDocument[] = [];
  let tokens: { word: string; tag: string }[] = [];
  const flush = () => {
    if (tokens.length > 0) documents.push(buildDocument(tokens));
    tokens = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    if (line.trim() === '') continue;
    const cut = line.lastIndexOf(' ');
    tokens.push({ word: line.slice(0, cut), tag: line.slice(cut + 1) });
  }
  flush();
  return documents;
}

function buildDocument(tokens: { word: string; tag: string }[]): GoldDocument {
  let text = '';
  const gold = new Set<string>();
  let open: { type: string; start: number } | null = null;
  const close = (end: number) => {
    if (open && SCORED_TAGS.has(open.type)) gold.add(`${open.type}\t${text.slice(open.start, end)}`);
    open = null;
  };
  for (const { word, tag } of tokens) {
    const end = text.length;
    const type = tag.startsWith('I-') || tag.startsWith('B-') ? tag.slice(2) : null;
    if (open && (type !== open.type || tag.startsWith('B-'))) close(end);
    if (text !== '' && !NO_SPACE_BEFORE.test(word)) text += ' ';
    if (type && !open) open = { type, start: text.length };
    text += word;
  }
  close(text.length);
  return { text, gold };
}

export interface TypeScore {
  truePositives: number;
  predicted: number;
  gold: number;
}
export type Scores = Record<GoldType | 'ALL', TypeScore>;

export function emptyScores(): Scores {
  const zero = () => ({ truePositives: 0, predicted: 0, gold: 0 });
  return { PER: zero(), ORG: zero(), LOC: zero(), ALL: zero() };
}

/** Adds one document's predicted keys ("TYPE\tsurface") to the micro-averaged tallies. */
export function addDocumentScore(scores: Scores, predicted: Set<string>, gold: Set<string>): void {
  for (const key of predicted) {
    const type = key.slice(0, 3) as GoldType;
    scores[type].predicted++;
    scores.ALL.predicted++;
    if (gold.has(key)) {
      scores[type].truePositives++;
      scores.ALL.truePositives++;
    }
  }
  for (const key of gold) {
    scores[key.slice(0, 3) as GoldType].gold++;
    scores.ALL.gold++;
  }
}

export function precisionRecallF1(score: TypeScore): { precision: number; recall: number; f1: number } {
  const precision = score.predicted === 0 ? 0 : score.truePositives / score.predicted;
  const recall = score.gold === 0 ? 0 : score.truePositives / score.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
