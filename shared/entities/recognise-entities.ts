// Named-entity recognition without a model: capitalised spans, typed by cue words, gazetteers and
// context, then made consistent across the document (a surname alone is the person named in full
// earlier; one spelling gets one type).
import type { EntityType } from './types';
import { tokenize, type WordToken } from './tokenize';
import { getLexicon, type Lexicon } from './lexicon';
import { findNameSpans } from './name-spans';
import { plainTitleCaseWords } from './title-case-lines';
import { classifySpan, type SpanReading } from './classify-span';
import { foldName } from './fold-name';
import { headIndex } from './span-head';
import { ORGANIZATION_HEADS } from './cue-words';

export interface RecognisedEntity {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The cleaned canonical surface: for a lone surname, the fullest name it stands for. */
  name: string;
  confidence: number;
}

interface Mention extends SpanReading {
  start: number;
  end: number;
  surface: string;
  key: string;
  /** Folded words. */
  words: string[];
  /** Folded head word of a multi-word span (Observatory), else null; used when it is an organisation. */
  headWord: string | null;
  /** Folded words before a final organisation head (al-Nusra of Al-Nusra Front), else null. */
  withoutHead: string | null;
  /** The first word is a common English word (Will, Best, General). */
  firstIsCommon: boolean;
  sentenceStart: boolean;
}

export function recogniseEntities(text: string, lexicon: Lexicon = getLexicon(), allTokens: readonly WordToken[] = tokenize(text)): RecognisedEntity[] {
  const tokens = plainTitleCaseWords(allTokens, text, lexicon);
  const mentions = findNameSpans(tokens, lexicon).map((span): Mention => {
    const words = tokens.slice(span.first, span.last + 1);
    const start = words[0]!.start;
    const end = words.at(-1)!.end - (endsSentenceWithInitial(tokens, span.last) ? 1 : 0);
    const surface = text.slice(start, end);
    const head = headIndex(tokens, span.first, span.last);
    const headIsLast = head === span.last && ORGANIZATION_HEADS.has(tokens[head]!.lower) && span.last > span.first;
    return {
      ...classifySpan(tokens, span, text, lexicon),
      start,
      end,
      surface,
      key: foldName(surface),
      words: wordKeys(words),
      headWord: span.last > span.first ? foldName(tokens[head]!.text) : null,
      withoutHead:
        headIsLast && !lexicon.commonWords.has(tokens[span.last - 1]!.lower) && span.last - 1 === span.first
          ? foldName(text.slice(start, tokens[span.last - 1]!.end))
          : null,
      firstIsCommon: lexicon.commonWords.has(words[0]!.lower),
      sentenceStart: words[0]!.sentenceStart,
    };
  });
  const names = resolveAcrossDocument(mentions);
  // One spelling, one canonical name: the way the text first writes it (Al-Qaeda, then al-Qaeda).
  for (const mention of mentions) if (!names.has(mention.key)) names.set(mention.key, mention.surface);
  return (
    mentions
      // A capitalised word nothing speaks for is left out: a guess is worse than a miss in a side list.
      .filter((mention) => !(mention.type === 'other' && mention.confidence === 0))
      .map((mention) => ({
        text: mention.surface,
        start: mention.start,
        end: mention.end,
        type: mention.type,
        name: names.get(mention.key) ?? mention.surface,
        confidence: mention.confidence,
      }))
  );
}

/** "LL Cool J. The show…": the dot after a closing initial ends the sentence, not the name. */
function endsSentenceWithInitial(tokens: readonly WordToken[], last: number): boolean {
  const next = tokens[last + 1];
  return /^\p{Lu}\.$/u.test(tokens[last]!.text) && (next === undefined || next.sentenceStart);
}

function wordKeys(words: readonly WordToken[]): string[] {
  return words.map((word) => foldName(word.text)).filter((key) => key !== '');
}

/**
 * One spelling, one type: the strongest reading wins. Then a single word that is the first or last
 * word of a person named in full (Baghdadi, Zawahri), or an organisation's name without its head
 * word (al-Nusra for Al-Nusra Front, Observatory for the Syrian Observatory for Human Rights), takes
 * that type unless its own reading is near certain; returns the full names such words stand for.
 */
function resolveAcrossDocument(mentions: Mention[]): Map<string, string> {
  const fullNames = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.words.length < 2 || mention.confidence < 2) continue;
    if (mention.type === 'person') {
      // A first name alone must not be a common word (Will, Mark); a surname may (Stone, Green).
      if (!mention.firstIsCommon) keepLongest(fullNames, mention.words[0]!, mention);
      keepLongest(fullNames, mention.words.at(-1)!, mention);
    } else if (mention.type === 'organization' && mention.headWord !== null) {
      keepLongest(fullNames, mention.headWord, mention);
      if (mention.withoutHead !== null) keepLongest(fullNames, mention.withoutHead, mention);
    }
  }
  const names = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.words.length !== 1 || mention.confidence >= 3 || (mention.sentenceStart && mention.firstIsCommon)) continue;
    const full = fullNames.get(mention.key);
    if (full && (full.type === 'person' || full.type === mention.type || mention.confidence < 2)) {
      mention.type = full.type;
      mention.confidence = 2;
      names.set(mention.key, full.surface);
    }
  }
  const best = new Map<string, Mention>();
  for (const mention of mentions) {
    const held = best.get(mention.key);
    if (!held || mention.confidence > held.confidence) best.set(mention.key, mention);
  }
  for (const mention of mentions) {
    const strongest = best.get(mention.key)!;
    if (strongest.confidence > mention.confidence) {
      mention.type = strongest.type;
      mention.confidence = strongest.confidence;
    }
  }
  return names;
}

function keepLongest(map: Map<string, Mention>, key: string, mention: Mention): void {
  const held = map.get(key);
  if (!held || mention.words.length > held.words.length) map.set(key, mention);
}
