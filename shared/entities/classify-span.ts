// Decides what a capitalised span names, from its own words, the gazetteers and the words around
// it. Returns a type and how sure the evidence is (0 guess … 3 near certain), so that the
// document-level pass can let strong readings of a name overrule weak ones.
import type { EntityType } from './types';
import type { WordToken } from './tokenize';
import type { Lexicon } from './lexicon';
import type { NameSpan } from './name-spans';
import { foldName } from './fold-name';
import { headIndex } from './span-head';
import { describedAs } from './described-as';
import { looksLikePersonName } from './person-name-shape';
import {
  NAME_PREFIXES,
  NAME_TITLES,
  ORGANIZATION_HEADS,
  ORGANIZATION_LEADERS,
  ORGANIZATION_PREFIXES,
  ORGANIZATION_STARTS,
  OTHER_HEADS,
  PERSON_FOLLOWERS,
  PERSON_LEADERS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_LEADERS,
  PLACE_PREPOSITIONS,
  PLACE_QUALIFIERS,
  PLACE_STARTS,
  NON_NAME_ABBREVIATIONS,
} from './cue-words';

export interface SpanReading {
  type: EntityType;
  confidence: number;
}

const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madam', 'president', 'senator']);
/** Model designations such as F-16 or P-38 Lightning name things, not organisations; nor do
 * All-American or All-Star. */
const DESIGNATION = /^\p{Lu}{1,3}-\d/u;
const LATIN = /^[\p{Script=Latin}\p{N}\p{M}.'’&-]+$/u;

export function classifySpan(tokens: readonly WordToken[], span: NameSpan, text: string, lexicon: Lexicon): SpanReading {
  const words = tokens.slice(span.first, span.last + 1);
  const surface = text.slice(words[0]!.start, words.at(-1)!.end);
  const key = foldName(surface);
  const firstWord = words[0]!.lower;
  const headWord = tokens[headIndex(tokens, span.first, span.last)]!.lower;
  const multi = words.length > 1;
  const isCommon = (word: WordToken) => lexicon.commonWords.has(word.lower);

  if (DESIGNATION.test(words[0]!.text) || /^All-/.test(words[0]!.text)) return { type: 'other', confidence: 3 };
  if (lexicon.organizations.has(key)) return { type: 'organization', confidence: 3 };
  if (lexicon.countries.has(key)) return { type: 'place', confidence: 3 };
  if (lexicon.people.has(key)) return { type: 'person', confidence: 3 };
  if (multi && lexicon.places.has(key)) return { type: 'place', confidence: 3 };

  if (multi) {
    if (OTHER_HEADS.has(headWord) || OTHER_HEADS.has(firstWord)) return { type: 'other', confidence: 3 };
    if (ORGANIZATION_PREFIXES.has(firstWord.replace(/['’]/g, ''))) return { type: 'organization', confidence: 3 };
    if (ORGANIZATION_HEADS.has(headWord)) return { type: 'organization', confidence: 3 };
    if (PLACE_HEADS.has(headWord) || PLACE_STARTS.has(firstWord)) return { type: 'place', confidence: 3 };
    if (ORGANIZATION_STARTS.has(headWord) && words.some((word) => word.text === 'of')) {
      return { type: 'organization', confidence: 3 };
    }
  }

  // "President Assad" is a person; "General Meeting" is not: the rest must look like a name,
  // unless the title is a courtesy one or abbreviated (Mr. Smith, Gen. Early).
  const strongTitle = span.title !== null && (span.title.endsWith('.') || COURTESY_TITLES.has(span.title));
  if (span.title && (strongTitle || !isCommon(words[0]!))) return { type: 'person', confidence: 3 };
  if (span.title && looksLikePersonName(words, lexicon)) return { type: 'person', confidence: 2 };
  if (multi && (NAME_TITLES.has(firstWord) || NAME_PREFIXES.has(firstWord))) return { type: 'person', confidence: 3 };

  if (multi && lexicon.demonyms.has(words.at(-1)!.lower)) return { type: 'other', confidence: 0 }; // West African
  if (multi && PLACE_QUALIFIERS.has(firstWord)) {
    const rest = foldName(text.slice(words[1]!.start, words.at(-1)!.end));
    return { type: 'place', confidence: lexicon.places.has(rest) ? 2 : 1 };
  }
  if (multi && startsWithPlace(words, lexicon)) return { type: 'organization', confidence: 2 };

  if (!multi && lexicon.places.has(key) && !isCommon(words[0]!)) {
    // Houston, Lincoln, Florence: a place name that is also a person's name is only a weak reading.
    const alsoPerson = lexicon.firstNames.has(key) || lexicon.lastNames.has(key);
    return { type: 'place', confidence: alsoPerson ? 1 : 2 };
  }

  const before = tokens[span.first - 1];
  const after = tokens[span.last + 1];
  const leader = before && !before.capitalised ? before.lower : '';
  const follower = after && !after.capitalised && /^\s+$/.test(after.gapBefore) ? after.lower : '';

  if (multi && looksLikePersonName(words, lexicon)) return { type: 'person', confidence: 2 };
  const described = describedAs(tokens, span.last, text);
  if (described) return { type: described, confidence: 2 };
  if (PERSON_LEADERS.has(leader)) return { type: 'person', confidence: 2 };
  if (ORGANIZATION_LEADERS.has(leader)) return { type: 'organization', confidence: 2 };
  if (leader === 'of' && PLACE_LEADERS.has(tokens[span.first - 2]?.lower ?? '')) return { type: 'place', confidence: 2 };
  if (PLACE_LEADERS.has(leader)) return { type: 'place', confidence: 2 };
  if (PLACE_FOLLOWERS.has(follower)) return { type: 'place', confidence: 2 };
  if (after && /^,\s+$/.test(after.gapBefore) && after.capitalised && lexicon.places.has(foldName(after.text))) {
    return { type: 'place', confidence: 2 };
  }

  if (!LATIN.test(surface.replace(/\s+/g, ''))) return { type: 'other', confidence: 0 };
  // "Determinated to win, …": a rare verb form that opens a sentence is no name.
  if (!multi && words[0]!.sentenceStart && /\p{Ll}(?:ed|ing|ly)$/u.test(words[0]!.text)) return { type: 'other', confidence: 0 };
  if (!multi && words[0]!.allCaps) {
    // ISIS, NATO, AFP; not AM, VIP, AIDS, HUMANITY (a word in capitals), nor A.A. (initials).
    const word = words[0]!;
    const notAName = NON_NAME_ABBREVIATIONS.has(word.lower) || isCommon(word) || /^(?:\p{Lu}\.){1,3}$/u.test(word.text);
    return notAName ? { type: 'other', confidence: 0 } : { type: 'organization', confidence: 1 };
  }
  // MySpace, BCSWomen, PayPal: capitals inside a word mark a brand or an organisation.
  if (!multi && /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}/u.test(words[0]!.text) && !/^Mc|^Mac|^O'/.test(words[0]!.text)) {
    return { type: 'organization', confidence: 1 };
  }
  if (!multi && lexicon.firstNames.has(key) && !isCommon(words[0]!)) return { type: 'person', confidence: 1 };
  if (follower === 'in' && isKnownPlace(tokens[span.last + 2], lexicon) && !words.some(isCommon)) {
    return { type: 'place', confidence: 1 }; // Al-Qaim in Iraq
  }
  if (!multi && lexicon.lastNames.has(key) && !isCommon(words[0]!)) return { type: 'person', confidence: 1 };
  if (PERSON_FOLLOWERS.has(follower)) return { type: 'person', confidence: 1 };
  if (!multi && ORGANIZATION_HEADS.has(firstWord)) return { type: 'organization', confidence: 1 };
  if (multi && words.every((word) => !isCommon(word))) return { type: 'person', confidence: 1 };
  if (PLACE_PREPOSITIONS.has(leader) && !words.some(isCommon)) return { type: 'place', confidence: 1 };
  return { type: 'other', confidence: 0 };
}

function isKnownPlace(token: WordToken | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && token.capitalised && lexicon.places.has(foldName(token.text));
}

/** Boston Bruins, Houston Chronicle, Perth Glory: a known place followed by a name is a team or firm. */
function startsWithPlace(words: readonly WordToken[], lexicon: Lexicon): boolean {
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const prefix = foldName(
      words
        .slice(0, cut)
        .map((word) => word.text)
        .join(' '),
    );
    if (!lexicon.places.has(prefix)) continue;
    // A one-word prefix that is also a person's name counts only before a plural: Boston Bruins.
    const single = cut === 1 && (lexicon.firstNames.has(prefix) || lexicon.lastNames.has(prefix));
    return !single || /[^s]s$/.test(words.at(-1)!.text);
  }
  return false;
}
