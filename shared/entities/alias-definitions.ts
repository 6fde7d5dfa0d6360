// Finds places where a text defines one name as another: "ISIS – an acronym for the Islamic State
// of Iraq and the Levant", "X, also known as Y", "X, formerly known as Y", "X (Y)" and "X, or Y,"
// where one of the two is an acronym of the other. The first-written name is what the alias names.
import { tokenize, type WordToken } from './tokenize';
import { NAME_PARTICLES, NEVER_NAMES } from './cue-words';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface AliasDefinition {
  /** The alias as it appears in the text. */
  alias: TextSpan;
  /** The name it stands for, as it appears just before. */
  named: TextSpan;
  /** How the text said it, for the reader: "acronym", "also known as", "parentheses", "or". */
  cue: string;
}

const PHRASE_CUES =
  /\b(?:(?:an? )?(?:acronym|abbreviation|short) for|stands? for|(?:also|formerly|better|previously|sometimes|often|commonly|once) (?:known|called|named) as|(?:also|formerly|previously) called|(?:now )?known as|a\.k\.a\.|aka|renamed)\b/gi;
/** What may stand between the first name and the phrase: "ISIS – ", "X, which is ", "X was ". */
const BEFORE_PHRASE = /^[\s,–—:(-]*(?:(?:which|who|that)\s+)?(?:(?:is|was|are|were|has been|had been)\s+)?(?:(?:an?|the)\s+)?$/i;
/** Expansions of an acronym keep "and" inside (Islamic State of Iraq and the Levant). */
const EXPANSION_CUE = /acronym|abbreviation|short|stands?/i;
const RUN_CONNECTORS = new Set(['of', 'for', 'on', 'the', 'de', 'du', 'des', 'la', 'le', 'et', 'y']);

export function findAliasDefinitions(text: string, tokens: readonly WordToken[] = tokenize(text)): AliasDefinition[] {
  const definitions: AliasDefinition[] = [];
  for (const match of text.matchAll(PHRASE_CUES)) {
    const cueStart = match.index;
    const cueEnd = cueStart + match[0].length;
    const before = lastTokenEndingBy(tokens, cueStart);
    const after = firstTokenStartingFrom(tokens, cueEnd);
    if (before < 0 || after < 0) continue;
    if (!BEFORE_PHRASE.test(text.slice(tokens[before]!.end, cueStart))) continue;
    const named = runBackward(text, tokens, before);
    const alias = runForward(text, tokens, skipArticle(tokens, after), EXPANSION_CUE.test(match[0]));
    if (named && alias) definitions.push({ alias, named, cue: match[0].toLowerCase() });
  }
  definitions.push(...findParenthesisedAliases(text, tokens), ...findOrAliases(text, tokens));
  return definitions.sort((a, b) => a.alias.start - b.alias.start);
}

/** "Syrian Observatory for Human Rights (SOHR)" or "AFP (Agence France-Presse)". */
function findParenthesisedAliases(text: string, tokens: readonly WordToken[]): AliasDefinition[] {
  const definitions: AliasDefinition[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!/^\s*\($/.test(token.gapBefore) || !token.capitalised) continue;
    const inside = runForward(text, tokens, index, true);
    if (!inside || !/^\)/.test(text.slice(inside.end))) continue;
    const run = runBackward(text, tokens, index - 1);
    if (!run || !/^\s*$/.test(text.slice(run.end, token.start - 1))) continue;
    const named = trimToAcronym(text, run, inside.text);
    if (!isAcronymPair(named.text, inside.text)) continue;
    definitions.push({ alias: inside, named, cue: 'parentheses' });
  }
  return definitions;
}

/** "the Islamic State, or ISIS, …": only when one side is an acronym of the other. */
function findOrAliases(text: string, tokens: readonly WordToken[]): AliasDefinition[] {
  const definitions: AliasDefinition[] = [];
  for (let index = 1; index < tokens.length - 1; index++) {
    const or = tokens[index]!;
    if (or.text !== 'or' || !/^,\s+$/.test(or.gapBefore)) continue;
    const alias = runForward(text, tokens, index + 1, false);
    if (!alias || !/^\s*[,)]/.test(text.slice(alias.end))) continue;
    const named = runBackward(text, tokens, index - 1);
    if (!named || /,\s*$/.test(text.slice(0, named.start))) continue; // "A, B, or C" is a list
    if (!isAcronymPair(named.text, alias.text, true)) continue;
    definitions.push({ alias, named, cue: 'or' });
  }
  return definitions;
}

/** "Fighters of the Syrian Observatory for Human Rights (SOHR)": start the name where SOHR's S is. */
function trimToAcronym(text: string, run: TextSpan, acronym: string): TextSpan {
  if (acronym.split(/\s+/).length !== 1 || acronym !== acronym.toUpperCase()) return run;
  const letter = acronym.charAt(0);
  for (const word of run.text.matchAll(/\S+/g)) {
    if (word[0].replace(/^(?:al|el)-/i, '').charAt(0) !== letter) continue;
    const start = run.start + word.index;
    return { text: text.slice(start, run.end), start, end: run.end };
  }
  return run;
}

/**
 * One side is a single all-capitals word whose letters follow the other side's initials in order
 * (SOHR: Syrian Observatory for Human Rights). `loose` only asks for the same first letter.
 */
export function isAcronymPair(a: string, b: string, loose = false): boolean {
  const [short, long] = a.split(/\s+/).length === 1 ? [a, b] : [b, a];
  if (short.split(/\s+/).length !== 1 || long.split(/\s+/).length < 2) return false;
  const letters = short.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  const initials = long
    .split(/[\s-]+/)
    .filter((word) => word !== '')
    .map((word) =>
      word
        .replace(/^(?:al|el)-/i, '')
        .charAt(0)
        .toUpperCase(),
    )
    .join('');
  if (initials.charAt(0) !== letters.charAt(0)) return false;
  if (loose) return true;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function skipArticle(tokens: readonly WordToken[], index: number): number {
  const token = tokens[index];
  return token && (token.text === 'the' || token.text === 'The') && tokens[index + 1] ? index + 1 : index;
}

/** A capitalised run from `index` on, across connectors that lead to more capitalised words. */
function runForward(text: string, tokens: readonly WordToken[], index: number, keepAnd: boolean): TextSpan | null {
  const first = tokens[index];
  if (!first || !first.capitalised || NEVER_NAMES.has(first.lower)) return null;
  let last = index;
  for (;;) {
    if (tokens[last]!.possessive) break;
    let next = last + 1;
    while (tokens[next] && spaced(tokens[next]!) && isConnector(tokens[next]!, keepAnd)) next++;
    const landing = tokens[next];
    if (!landing || !spaced(landing) || !landing.capitalised) break;
    last = next;
  }
  return spanOf(text, tokens, index, last);
}

/** The capitalised run that ends at `index`, read backwards across connectors. */
function runBackward(text: string, tokens: readonly WordToken[], index: number): TextSpan | null {
  const last = tokens[index];
  if (!last || !last.capitalised || last.possessive) return null;
  let first = index;
  for (;;) {
    if (tokens[first]!.sentenceStart || !spaced(tokens[first]!)) break;
    let previous = first - 1;
    while (tokens[previous] && isConnector(tokens[previous]!, true) && spaced(tokens[previous]!)) previous--;
    const landing = tokens[previous];
    if (!landing || !landing.capitalised || landing.possessive) break;
    first = previous;
  }
  while (first < index && NEVER_NAMES.has(tokens[first]!.lower)) first++;
  return spanOf(text, tokens, first, index);
}

function isConnector(token: WordToken, keepAnd: boolean): boolean {
  return RUN_CONNECTORS.has(token.text) || NAME_PARTICLES.has(token.text) || (keepAnd && token.text === 'and');
}

function spaced(token: WordToken): boolean {
  return /^[ \t\u00a0]+$/.test(token.gapBefore);
}

function spanOf(text: string, tokens: readonly WordToken[], first: number, last: number): TextSpan {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { text: text.slice(start, end), start, end };
}

function lastTokenEndingBy(tokens: readonly WordToken[], offset: number): number {
  let found = -1;
  for (let low = 0, high = tokens.length - 1; low <= high;) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function firstTokenStartingFrom(tokens: readonly WordToken[], offset: number): number {
  const index = lastTokenEndingBy(tokens, offset) + 1;
  return index < tokens.length && tokens[index]!.start >= offset ? index : -1;
}
