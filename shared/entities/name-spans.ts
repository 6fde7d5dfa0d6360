// Finds the capitalised runs that may name something, joined across the particles and connectors
// that names contain (Pierre de Marca, University of Texas, Army of the Potomac), with titles,
// nationality words, leading function words and sentence-initial common words trimmed off.
import type { WordToken } from './tokenize';
import type { Lexicon } from './lexicon';
import { foldName } from './fold-name';
import { headIndex } from './span-head';
import {
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORGANIZATION_HEADS,
  ORGANIZATION_STARTS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_STARTS,
  NAME_TITLES,
  OTHER_HEADS,
  NAME_OPENING_ADJECTIVES,
} from './cue-words';

export interface NameSpan {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** A title trimmed off the front, lower-case, with its dot if abbreviated (president, gen.). */
  title: string | null;
}

interface SpanContext {
  tokens: readonly WordToken[];
  lexicon: Lexicon;
  /** Lower-case words the text capitalises somewhere other than a sentence start. */
  capitalisedMidSentence: Set<string>;
}

export function findNameSpans(tokens: readonly WordToken[], lexicon: Lexicon): NameSpan[] {
  const capitalisedMidSentence = new Set<string>();
  for (const token of tokens) if (token.capitalised && !token.sentenceStart) capitalisedMidSentence.add(token.lower);
  const context: SpanContext = { tokens, lexicon, capitalisedMidSentence };
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!tokens[index]!.capitalised) {
      index++;
      continue;
    }
    const last = extendName(context, index);
    spans.push(...trimSpan(context, index, last));
    index = last + 1;
  }
  return spans;
}

/** Capitalised only because a title or heading capitalises every word. */
const TITLE_CASE_FUNCTION_WORDS = new Set(
  'the and or but nor from with into onto over under after before during since until while when where why how what who which whose this that these those'.split(
    ' ',
  ),
);

/** Joinable when only spaces separate two words on one line. */
function joinable(token: WordToken): boolean {
  return !token.sentenceStart && /^[ \t\u00a0]+$/.test(token.gapBefore);
}

function extendName(context: SpanContext, first: number): number {
  const { tokens } = context;
  let last = first;
  for (;;) {
    const current = tokens[last]!;
    if (current.possessive && !possessiveJoinsName(tokens, last)) return last;
    const next = tokens[last + 1];
    if (!next || !joinable(next)) return last;
    if (next.capitalised) {
      if (TITLE_CASE_FUNCTION_WORDS.has(next.lower)) return last; // "Perth Glory From Home": a title's words
      last++;
      continue;
    }
    const bridged = bridgeTo(context, first, last);
    if (bridged === null) return last;
    last = bridged;
  }
}

/** Howe's Brigade, Rankin's Mill: a possessive followed by one head word names that thing. */
function possessiveJoinsName(tokens: readonly WordToken[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || !next.capitalised || !joinable(next)) return false;
  const after = tokens[index + 2];
  if (after?.capitalised && joinable(after)) return false;
  return ORGANIZATION_HEADS.has(next.lower) || PLACE_HEADS.has(next.lower);
}

/**
 * Past lower-case particles (de, van, bin) always; past "of"/"for"/"on" (and "the") only where
 * `takesConnector` allows.
 */
function bridgeTo(context: SpanContext, first: number, last: number): number | null {
  const { tokens } = context;
  let cursor = last + 1;
  const word = tokens[cursor]!;
  if (NAME_PARTICLES.has(word.text)) {
    while (tokens[cursor] && NAME_PARTICLES.has(tokens[cursor]!.text) && joinable(tokens[cursor]!)) cursor++;
  } else if (NAME_CONNECTORS.has(word.text) && takesConnector(tokens, context.lexicon, first, last, word.text)) {
    cursor++;
    if (tokens[cursor]?.text === 'the' && joinable(tokens[cursor]!)) cursor++;
    if (word.text !== 'of' && !onlyCommonWordsFollow(context, cursor)) return null;
  } else {
    return null;
  }
  const landing = tokens[cursor];
  if (!landing || !landing.capitalised || !joinable(landing) || NEVER_NAMES.has(landing.lower)) return null;
  return cursor;
}

/**
 * One connector per name. "of" follows a head word that opens the name (University of, Gulf of,
 * Battle of) or an organisation's head (Army of the Potomac); "for"/"on" only an organisation's head.
 */
function takesConnector(tokens: readonly WordToken[], lexicon: Lexicon, first: number, last: number, connector: string): boolean {
  for (let index = first; index <= last; index++) {
    if (NAME_CONNECTORS.has(tokens[index]!.text)) return false;
  }
  const head = tokens[last]!.lower;
  const possessive = tokens.slice(first, last).some((token) => token.possessive);
  if (ORGANIZATION_HEADS.has(head) && !possessive) return true;
  if (PERSON_TITLES.has(head) && connector === 'of') return true; // Secretary of State, Chief of Staff
  if (connector !== 'of') return false;
  // The head opens the name when only plain words stand before it: "Grand Duchy of", "People's
  // Republic of", but not "Chittoor District of".
  const opensName = tokens.slice(first, last).every((token) => token.text === 'The' || lexicon.commonWords.has(token.lower));
  if (!opensName) return false;
  return PLACE_HEADS.has(head) || OTHER_HEADS.has(head) || ORGANIZATION_STARTS.has(head) || PLACE_STARTS.has(head) || NAME_TITLES.has(head);
}

/** Observatory for Human Rights, yes; League for FC Basel, no: what follows "for" is plain words. */
function onlyCommonWordsFollow(context: SpanContext, from: number): boolean {
  const { tokens, lexicon } = context;
  let seen = 0;
  for (let index = from; tokens[index] && (index === from || joinable(tokens[index]!)); index++) {
    const token = tokens[index]!;
    if (token.capitalised) {
      if (!lexicon.commonWords.has(token.lower)) return false;
      seen++;
    } else if (!NAME_CONNECTORS.has(token.text) && token.text !== 'the') {
      break;
    }
  }
  return seen > 0;
}

/** Drops titles, nationality words, function words and sentence-initial common words. */
function trimSpan(context: SpanContext, first: number, last: number): NameSpan[] {
  const { tokens, lexicon } = context;
  const spans: NameSpan[] = [];
  let title: string | null = null;
  // A title anywhere before the last word starts the name after it: "Texas Coach Darrell Royal",
  // "Secretary of State John Kerry" (the office after "of" belongs to the title).
  if (!isKnownName(context, first, last)) {
    for (let index = last - 1; index >= first; index--) {
      if (!PERSON_TITLES.has(tokens[index]!.lower)) continue;
      let start = index + 1;
      if (NAME_CONNECTORS.has(tokens[start]!.text)) {
        start++;
        if (tokens[start]?.text === 'the') start++;
        while (start < last && lexicon.commonWords.has(tokens[start]!.lower)) start++;
      } else if (hasConnectorBetween(tokens, index, last)) {
        continue;
      }
      title = tokens[index]!.text.endsWith('.') ? `${tokens[index]!.lower}.` : tokens[index]!.lower;
      // "U.S. Secretary of State John Kerry": what stands before the title may be a name of its own.
      if (index > first && isKnownName(context, first, index - 1)) spans.push({ first, last: index - 1, title: null });
      first = start;
      break;
    }
  }
  const wholeIsKnown = isKnownName(context, first, last);
  for (;;) {
    if (first > last) return spans;
    const token = tokens[first]!;
    if (NEVER_NAMES.has(token.lower) && !(token.text === 'The' && !token.sentenceStart && first < last)) {
      first++;
      continue;
    }
    if (token.sentenceStart && isCommonWord(context, token) && !startsKnownName(context, first, last) && !opensHeadedName(tokens, first, last)) {
      first++;
      continue;
    }
    if (lexicon.demonyms.has(token.lower) && !wholeIsKnown && !endsInHead(tokens, first, last)) {
      first++;
      continue;
    }
    break;
  }
  // A connector or particle cannot end a name.
  while (last > first && !tokens[last]!.capitalised) last--;
  spans.push({ first, last, title });
  return spans;
}

function opensHeadedName(tokens: readonly WordToken[], first: number, last: number): boolean {
  return first < last && NAME_OPENING_ADJECTIVES.has(tokens[first]!.lower) && endsInHead(tokens, first, last);
}

function hasConnectorBetween(tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (NAME_CONNECTORS.has(tokens[index]!.text)) return true;
  return false;
}

function endsInHead(tokens: readonly WordToken[], first: number, last: number): boolean {
  const head = tokens[headIndex(tokens, first, last)]!.lower;
  return ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head) || OTHER_HEADS.has(head);
}

function isKnownName(context: SpanContext, first: number, last: number): boolean {
  const { tokens, lexicon } = context;
  if (first > last) return false;
  const key = foldName(
    tokens
      .slice(first, last + 1)
      .map((token) => token.text)
      .join(' '),
  );
  return lexicon.organizations.has(key) || lexicon.places.has(key) || lexicon.people.has(key);
}

function isCommonWord(context: SpanContext, token: WordToken): boolean {
  // A common word that the same text also capitalises mid-sentence is a name here too.
  return context.lexicon.commonWords.has(token.lower) && !context.capitalisedMidSentence.has(token.lower);
}

/** A sentence-initial common word that begins a known name (Will Smith, Turkey) is kept. */
function startsKnownName(context: SpanContext, first: number, last: number): boolean {
  const { tokens, lexicon } = context;
  const key = foldName(tokens[first]!.text);
  if (lexicon.countries.has(key) || lexicon.organizations.has(key)) return true;
  if (first === last) return false;
  const pair = foldName(`${tokens[first]!.text} ${tokens[first + 1]!.text}`);
  return lexicon.firstNames.has(key) || lexicon.places.has(pair) || lexicon.people.has(pair);
}
