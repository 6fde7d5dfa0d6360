// How news-like the bench's text is, in the two figures that decide what phrases and common words
// cost a search: the median share of documents holding each of the 200 commonest content words,
// and that share over the one independent draws would give (under 1 when words cluster, as in
// news). Real news from the shared corpus is measured beside the bench's text, each generated
// clipping cut to the length of a real document so that lengths match.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STOP_WORDS } from '../../shared/search/stop-words';
import { corpusPath } from '../helpers/corpus';
import { readTimemlFolder } from '../helpers/timeml';

export interface TextShapeFigures {
  documents: number;
  meanWords: number;
  /** Median, over the 200 commonest content words, of the share of documents holding the word. */
  documentShare: number;
  /** Median, over the same words, of that share over what independent draws would give. */
  clustering: number;
}

const TOP_WORDS = 200;

/** A text's words of Latin letters, lower-cased: what the bench's generated text is made of. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

export function textShapeFigures(documents: readonly string[][]): TextShapeFigures {
  const totals = new Map<string, number>();
  const holding = new Map<string, number>();
  let words = 0;
  for (const document of documents) {
    words += document.length;
    for (const word of document) totals.set(word, (totals.get(word) ?? 0) + 1);
    for (const word of new Set(document)) holding.set(word, (holding.get(word) ?? 0) + 1);
  }
  const top = [...totals]
    .filter(([word]) => word.length > 2 && !STOP_WORDS.has(word))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_WORDS);
  const shares = top.map(([word]) => holding.get(word)! / documents.length);
  const clustering = top.map(([word, count]) => {
    const perWord = count / words;
    const expected = documents.reduce((sum, document) => sum + 1 - Math.pow(1 - perWord, document.length), 0);
    return holding.get(word)! / expected;
  });
  return { documents: documents.length, meanWords: words / Math.max(documents.length, 1), documentShare: median(shares), clustering: median(clustering) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Generated texts cut to the lengths of the real documents, in turn. */
export function cutToLengths(texts: readonly string[][], lengths: readonly number[]): string[][] {
  return texts.map((words, index) => words.slice(0, lengths[index % lengths.length]));
}

/** The English news articles among Readability's test pages. */
const NEWS_PAGES = ['bbc-1', 'cnn', 'guardian-1', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4', 'nytimes-5', 'telegraph', 'wapo-1', 'wapo-2'];

/** Real documents are cut to about a bench clipping's length, so that long articles compare with it. */
const MOST_WORDS = 600;

export interface NewsSample {
  name: string;
  documents: string[][];
}

/**
 * Real news to compare with, or null without the shared corpus: TimeBank's even-numbered files
 * (the half the bench's text was fitted to), its odd-numbered files and Readability's news pages.
 */
export function newsSamples(): NewsSample[] | null {
  const timebankFolder = corpusPath('timeml', 'timebank');
  const readability = corpusPath('readability', 'test-pages');
  if (!timebankFolder.exists || !readability.exists) return null;
  const timebank = readTimemlFolder(timebankFolder.path).map((document) => lowerWords(document.text).slice(0, MOST_WORDS));
  const pages = NEWS_PAGES.map((page) => join(readability.path, page, 'expected.html'))
    .filter((path) => existsSync(path))
    .map((path) => lowerWords(readFileSync(path, 'utf8').replace(/<[^>]+>/g, ' ')).slice(0, MOST_WORDS));
  return [
    { name: 'TimeBank, even files (fitted)', documents: timebank.filter((_, index) => index % 2 === 0) },
    { name: 'TimeBank, odd files', documents: timebank.filter((_, index) => index % 2 === 1) },
    { name: 'Readability news pages', documents: pages },
  ];
}
