// Named-entity recognition without a model: capitalised spans, typed by cue words, gazetteers and
// context, then made consistent across the document (a surname alone is the person named in full
// earlier; one spelling gets one type).
import type { EntityType } from './types';
import { tokenize, type WordToken } from './tokenize';
import { getLexicon, type Lexicon } from './lexicon';
import { findNameSpans } from './name-spans';
import { classifySpan, type SpanReading } from './classify-span';
import { foldName } from './fold-name';

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
  words: string[];
}

/** Below this, a lone capitalised word is left out: a guess is worse than a miss in a side list. */
const MIN_CONFIDENCE_TO_SHOW = 0;

export function recogniseEntities(text: string, lexicon: Lexicon = getLexicon()): RecognisedEntity[] {
  const tokens = tokenize(text);
  const mentions = findNameSpans(tokens, lexicon).map((span): Mention => {
    const words = tokens.slice(span.first, span.last + 1);
    const start = words[0]!.start;
    const end = words.at(-1)!.end;
    const surface = text.slice(start, end);
    return { ...classifySpan(tokens, span, text, lexicon), start, end, surface, key: foldName(surface), words: wordKeys(words) };
  });
  const names = resolveAcrossDocument(mentions);
  return mentions
    .filter((mention) => mention.confidence >= MIN_CONFIDENCE_TO_SHOW && !(mention.type === 'other' && mention.confidence === 0))
    .map((mention) => ({
      text: mention.surface,
      start: mention.start,
      end: mention.end,
      type: mention.type,
      name: names.get(mention) ?? mention.surface,
      confidence: mention.confidence,
    }));
}

function wordKeys(words: readonly WordToken[]): string[] {
  return words.map((word) => foldName(word.text)).filter((key) => key !== '');
}

/**
 * One spelling, one type: the strongest reading wins. A weakly read single word that is the last or
 * first word of a person named in full, or the last word of an organisation, takes that type;
 * returns the canonical name of such short mentions.
 */
function resolveAcrossDocument(mentions: Mention[]): Map<Mention, string> {
  const best = new Map<string, Mention>();
  for (const mention of mentions) {
    const held = best.get(mention.key);
    if (!held || mention.confidence > held.confidence) best.set(mention.key, mention);
  }
  const fullNames = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.words.length < 2 || mention.confidence < 2) continue;
    if (mention.type === 'person') {
      for (const part of [mention.words[0]!, mention.words.at(-1)!]) keepLongest(fullNames, `person\t${part}`, mention);
    } else if (mention.type === 'organization') {
      keepLongest(fullNames, `organization\t${mention.words.at(-1)}`, mention);
    }
  }
  const names = new Map<Mention, string>();
  for (const mention of mentions) {
    const strongest = best.get(mention.key)!;
    if (strongest.confidence > mention.confidence) {
      mention.type = strongest.type;
      mention.confidence = strongest.confidence;
    }
    if (mention.words.length !== 1 || mention.confidence >= 2) continue;
    const part = mention.words[0]!;
    const full = fullNames.get(`person\t${part}`) ?? fullNames.get(`organization\t${part}`);
    if (full) {
      mention.type = full.type;
      mention.confidence = 2;
      names.set(mention, full.surface);
    }
  }
  return names;
}

function keepLongest(map: Map<string, Mention>, key: string, mention: Mention): void {
  const held = map.get(key);
  if (!held || mention.words.length > held.words.length) map.set(key, mention);
}
