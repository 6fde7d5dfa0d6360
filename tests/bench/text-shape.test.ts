import { describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/seeded-random';
import { benchCards } from './search-names';
import { CARDS_IN_THE_NEWS, TEXT_SHAPES, clippingWriter, type TextShape } from './search-text';
import { cutToLengths, lowerWords, newsSamples, textShapeFigures } from './text-shape';

const WORDS = Array.from(
  { length: 2_000 },
  (_, index) =>
    `word${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + (Math.floor(index / 26) % 26))}${String.fromCharCode(97 + Math.floor(index / 676))}`,
);

function draws(documents: number, length: number, pickWord: (random: () => number, document: number) => string): string[][] {
  const random = seededRandom(5);
  return Array.from({ length: documents }, (_, document) => Array.from({ length }, () => pickWord(random, document)));
}

describe('textShapeFigures', () => {
  it('finds no clustering in words drawn independently, and clustering where each document keeps to its own words', () => {
    const zipf = (random: () => number, size: number) => Math.min(size - 1, Math.floor(Math.pow(size, random()) - 1));
    const independent = textShapeFigures(draws(1_000, 300, (random) => WORDS[zipf(random, WORDS.length)]!));
    const topical = textShapeFigures(draws(1_000, 300, (random, document) => WORDS[(zipf(random, 200) + (document % 10) * 200) % WORDS.length]!));
    expect(independent.clustering).toBeGreaterThan(0.95);
    expect(independent.clustering).toBeLessThan(1.05);
    expect(topical.clustering).toBeLessThan(0.5);
    expect(topical.documentShare).toBeLessThan(independent.documentShare);
  });
});

const samples = newsSamples();

describe.skipIf(samples === null)('the search bench text against real news (TimeBank, Readability news pages)', () => {
  if (samples === null) console.warn('text shape: skipped, ../shared/corpus/timeml or readability is missing');
  const cards = benchCards(CARDS_IN_THE_NEWS);
  const generate = (shape: TextShape) => {
    const next = clippingWriter(cards, 20_260_101, shape);
    return Array.from({ length: 2_000 }, () => {
      const text = next().text;
      return lowerWords(text.slice(text.indexOf('\n\n')));
    });
  };
  const news = generate(TEXT_SHAPES.news);
  const independent = generate(TEXT_SHAPES.independent);

  it.each(samples ?? [])('spreads its common content words at least as widely as $name, and far less than independent draws', (sample) => {
    const lengths = sample.documents.map((words) => words.length);
    const real = textShapeFigures(sample.documents);
    const bench = textShapeFigures(cutToLengths(news, lengths));
    const drawn = textShapeFigures(cutToLengths(independent, lengths));
    console.log(
      `${sample.name}: real ${real.documentShare.toFixed(3)} / ${real.clustering.toFixed(2)}, news-shaped ${bench.documentShare.toFixed(3)} / ${bench.clustering.toFixed(2)}, independent ${drawn.documentShare.toFixed(3)} / ${drawn.clustering.toFixed(2)}`,
    );
    // Never easier than the real text (a search bench that flatters is worse than none), but news-like.
    expect(bench.documentShare).toBeGreaterThanOrEqual(real.documentShare * 0.95);
    expect(bench.documentShare).toBeLessThan(drawn.documentShare * 0.75);
    expect(bench.clustering).toBeGreaterThanOrEqual(real.clustering * 0.95);
    expect(bench.clustering).toBeLessThan(0.9);
  });
});
