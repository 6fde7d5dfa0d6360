// The search bench's clippings: ~650 words (about 4 KB) of news-like sentences drawn from a
// Zipf-like vocabulary, naming cards "in the news" (by name or alias, Zipf-like too: some names are
// everywhere, most are rare), with two rare words each, an outlet, a byline, a publication date and
// a few tags. Deterministic: clipping n is the same every run.
//
// News is about something: a story's words cluster by its topic, and a word it used once it tends
// to use again. Drawing every word independently puts each of the commonest content words in most
// clippings, far more than real news does (see TEXT_SHAPES), so the text's shape is a parameter.
import { seededRandom } from '../helpers/seeded-random';
import { OUTLETS as FIRST_OUTLETS } from './article-text';
import { spellings, type BenchCard } from './search-names';
import { FUNCTION_WORDS, VOCABULARY, rareWords, zipfSampler } from './search-vocabulary';

export const OUTLETS = [
  ...FIRST_OUTLETS,
  ...'Agence France-Presse,The New York Times,The Washington Post,Le Monde,Der Spiegel,Asharq Al-Awsat,The National,Middle East Eye,Enab Baladi,Rudaw,Kurdistan 24,Al-Monitor,Financial Times,The Economist,NPR,Deutsche Welle,France 24,Anadolu Agency,Xinhua,The Independent'.split(
    ',',
  ),
];
export const TAGS =
  'oil,border,smuggling,aid,detentions,kidnapping,finance,recruitment,tribes,ceasefire,elections,courts,refugees,water,drones,prisons,media,health,checkpoints,talks'.split(
    ',',
  );
const BYLINE_NAMES =
  'Anne Barnard,Liz Sly,Martin Chulov,Hwaida Saad,Rania Abouzeid,Tom Perry,Suleiman Al-Khalidi,Erika Solomon,Mohammed Salim,Sarah Dadouch,Ben Hubbard,Louisa Loveluck'.split(
    ',',
  );

/** Vocabulary words; names add about a fifth more, for ~650–700 words and ~4 KB in all. */
export const WORDS_PER_CLIPPING = 560;
export const RARE_WORDS = 20_000;
/** Cards that clippings name; the rest exist only as cards. */
export const CARDS_IN_THE_NEWS = 3_000;
const FIRST_DAY = Date.UTC(2011, 0, 1);
const DAYS = 14 * 365;

/** How a clipping's content words (not its function words) are drawn. */
export interface TextShape {
  /** Topics a clipping is written about (0: none, every word from the whole vocabulary). */
  topics: number;
  /** The share of the content vocabulary each topic uses (a random part, each word as common as overall). */
  topicWords: number;
  /** The share of content words drawn from the clipping's topic instead of the whole vocabulary. */
  topicShare: number;
  /** The share of content words that repeat one the clipping already used. */
  repeatShare: number;
  /** Cards a clipping names, drawn once for it (0: each mention draws a card afresh). */
  cast: number;
}

/**
 * `news`: fitted to the TimeBank news articles' first half (even-numbered files) so that the median
 * share of documents holding each of the 200 commonest content words, and how much less often they
 * are found than independent draws would put them, match; checked on the other half and on the
 * Readability test pages' news articles (`tests/bench/text-shape.ts`). `independent`: every word
 * drawn on its own, the bench's text before the fit, a harsher case for phrases of common words.
 */
export const TEXT_SHAPES = {
  news: { topics: 400, topicWords: 0.5, topicShare: 0.3, repeatShare: 0.2, cast: 6 },
  independent: { topics: 0, topicWords: 0, topicShare: 0, repeatShare: 0, cast: 0 },
} satisfies Record<string, TextShape>;
export type TextShapeName = keyof typeof TEXT_SHAPES;

export interface BenchClipping {
  title: string;
  text: string;
  outlet: string;
  byline: string;
  publishedAt: string;
  tags: string[];
}

/** A generator of clippings in order; `seed` gives another stream. */
export function clippingWriter(cards: readonly BenchCard[], seed: number, shape: TextShape = TEXT_SHAPES.news) {
  const random = seededRandom(seed);
  const word = zipfSampler(VOCABULARY.length, 1.05, random);
  const cardRank = zipfSampler(Math.min(CARDS_IN_THE_NEWS, cards.length), 0.9, random);
  const rare = rareWords(RARE_WORDS);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let cast: BenchCard[] = [];
  const name = () => pick(spellings(shape.cast > 0 ? pick(cast) : cards[cardRank()]!));
  const content = contentWords(shape, seed, random);

  const sentence = (length = 12 + Math.floor(random() * 14)): { text: string; words: number } => {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(i % 9 === 4 ? name() : content.next(VOCABULARY[word()]!));
    const text = parts.join(' ');
    return { text: `${text[0]!.toUpperCase()}${text.slice(1)}.`, words: length };
  };

  return (): BenchClipping => {
    content.startClipping();
    if (shape.cast > 0) cast = Array.from({ length: shape.cast }, () => cards[cardRank()]!);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < WORDS_PER_CLIPPING) {
      const sentences: string[] = [];
      for (let s = 2 + Math.floor(random() * 3); s > 0; s--) {
        const made = sentence();
        sentences.push(made.text);
        words += made.words;
      }
      paragraphs.push(sentences.join(' '));
    }
    // Two rare words, each in its own sentence somewhere in the text.
    for (let r = 0; r < 2; r++) {
      const at = Math.floor(random() * paragraphs.length);
      paragraphs[at] = `${paragraphs[at]} Officials mentioned ${pick(rare)} again.`;
    }
    const title = `${name()}: ${sentence(5 + Math.floor(random() * 5)).text.slice(0, -1)}`;
    const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const tagCount = Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    return { title, text: [title, ...paragraphs].join('\n\n'), outlet: pick(OUTLETS), byline: pick(BYLINE_NAMES), publishedAt: day, tags };
  };
}

/**
 * Turns each word drawn from the whole vocabulary into the clipping's word: function words are
 * kept (they are everywhere in news); a content word may instead repeat one the clipping used or
 * come from its topic. The topics' own random stream leaves the main one as it was without them.
 */
function contentWords(shape: TextShape, seed: number, random: () => number) {
  const topicRandom = seededRandom(seed ^ 0x5eed);
  const functionWords = new Set(FUNCTION_WORDS);
  const drawsAsIs = shape.topicShare === 0 && shape.repeatShare === 0;
  const contentVocabulary = VOCABULARY.filter((word) => !functionWords.has(word));
  const topics = Array.from({ length: shape.topics }, () => {
    const words = contentVocabulary.filter(() => topicRandom() < shape.topicWords);
    return { words, rank: zipfSampler(Math.max(words.length, 1), 1.05, random) };
  });
  let topic: (typeof topics)[number] | undefined;
  let used: string[] = [];
  return {
    startClipping(): void {
      used = [];
      if (topics.length > 0) topic = topics[Math.floor(random() * topics.length)]!;
    },
    next(drawn: string): string {
      if (drawsAsIs || functionWords.has(drawn)) return drawn;
      let chosen = drawn;
      if (used.length > 0 && random() < shape.repeatShare) chosen = used[Math.floor(random() * used.length)]!;
      else if (topic && topic.words.length > 0 && random() < shape.topicShare) chosen = topic.words[topic.rank()]!;
      used.push(chosen);
      return chosen;
    },
  };
}
