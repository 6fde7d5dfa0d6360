// The search bench's clippings: ~650 words (about 4 KB) of news-like sentences drawn from a
// Zipf-like vocabulary, naming cards "in the news" (by name or alias, Zipf-like too: some names are
// everywhere, most are rare), with two rare words each, an outlet, a byline, a publication date and
// a few tags. Deterministic: clipping n is the same every run.
import { seededRandom } from '../helpers/seeded-random';
import { OUTLETS as FIRST_OUTLETS } from './article-text';
import { spellings, type BenchCard } from './search-names';
import { VOCABULARY, rareWords, zipfSampler } from './search-vocabulary';

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

export interface BenchClipping {
  title: string;
  text: string;
  outlet: string;
  byline: string;
  publishedAt: string;
  tags: string[];
}

/** A generator of clippings in order; `seed` gives another stream. */
export function clippingWriter(cards: readonly BenchCard[], seed: number) {
  const random = seededRandom(seed);
  const word = zipfSampler(VOCABULARY.length, 1.05, random);
  const cardRank = zipfSampler(Math.min(CARDS_IN_THE_NEWS, cards.length), 0.9, random);
  const rare = rareWords(RARE_WORDS);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const name = () => pick(spellings(cards[cardRank()]!));

  const sentence = (length = 12 + Math.floor(random() * 14)): { text: string; words: number } => {
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(i % 9 === 4 ? name() : VOCABULARY[word()]!);
    const text = parts.join(' ');
    return { text: `${text[0]!.toUpperCase()}${text.slice(1)}.`, words: length };
  };

  return (): BenchClipping => {
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
