// The search box's syntax, as an analyst would guess it: words, "exact phrases", OR, -excluded,
// prefix*, and filters (outlet:, tag:, grade:B2, after:2013, before:2014-07, entity:"Name",
// kind:note). Anything typed is read: what is not valid syntax (an unclosed quote, an unknown
// filter, FTS5's own operators such as NEAR( or ^) is taken literally as words, with a hint that
// says how it was read. The result is plain data; the core turns it into an FTS5 query.
import { isPartialDate } from '../partial-date';

export const SEARCH_KINDS = ['clipping', 'passage', 'note', 'card', 'event'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_FILTER_KEYS = ['outlet', 'tag', 'grade', 'after', 'before', 'entity', 'kind'] as const;
type FilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** A word (lower-case letters and digits as typed; `prefix` for word*) or a phrase of words. */
export type SearchTerm = { type: 'word'; word: string; prefix: boolean } | { type: 'phrase'; words: string[] };

export interface SearchFilters {
  outlet: string[];
  tag: string[];
  /** "B2", "B", "2": a grade, a reliability or a credibility. */
  grade: string[];
  /** Partial dates: published on or after / before. */
  after: string | null;
  before: string | null;
  entity: string[];
  kind: SearchKind[];
}

export interface SearchQuery {
  /** Every group must match; the terms of one group are alternatives (a OR b). */
  groups: SearchTerm[][];
  excluded: SearchTerm[];
  filters: SearchFilters;
  /** How input that is not valid syntax was read, for the user. */
  hints: string[];
}

/** Longer input is cut here: a query is a search, not a document. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 64;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).slice(0, MAX_QUERY_TERMS);
}

function emptyFilters(): SearchFilters {
  return { outlet: [], tag: [], grade: [], after: null, before: null, entity: [], kind: [] };
}

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** key:value with a known key. */
  filter?: FilterKey;
}

const TOKEN = /(-?)(?:([A-Za-z]+):\s*)?(?:"([^"]*)("?)|(\S+))/g;
/** FTS5's own operators and punctuation typed bare: read as words, said so. */
const FOREIGN_SYNTAX = /[(){}^+]|^(?:AND|NOT|NEAR)$/;

function tokens(input: string, hints: string[]): Token[] {
  const found: Token[] = [];
  for (const match of input.matchAll(TOKEN)) {
    const [, minus, key, quotedText, closing, bare] = match;
    const lowerKey = key?.toLowerCase();
    const known = lowerKey !== undefined && (SEARCH_FILTER_KEYS as readonly string[]).includes(lowerKey);
    if (quotedText !== undefined && closing === '') hints.push('A quote was not closed, so the words after it were read as a phrase.');
    if (key !== undefined && !known) {
      hints.push(`“${key}:” is not a filter, so it was read as a word. Filters: ${SEARCH_FILTER_KEYS.map((name) => `${name}:`).join(' ')}.`);
    }
    const text = quotedText ?? bare ?? '';
    const base = { quoted: quotedText !== undefined, negated: minus === '-' };
    if (bare !== undefined && FOREIGN_SYNTAX.test(bare)) hints.push(`“${bare}” is not part of the search syntax, so it was read as words.`);
    if (known && base.negated) {
      hints.push(`A filter cannot be excluded, so “-${key}:” was left out.`);
      continue;
    }
    if (known) found.push({ ...base, text, filter: lowerKey as FilterKey });
    else found.push({ ...base, text: key !== undefined ? `${key} ${text}` : text });
  }
  return found;
}

function applyFilter(filters: SearchFilters, key: FilterKey, value: string, hints: string[]): void {
  const text = value.trim();
  if (text === '') {
    hints.push(`“${key}:” needs a value, such as ${example(key)}.`);
    return;
  }
  if (key === 'after' || key === 'before') {
    if (isPartialDate(text)) filters[key] = text;
    else hints.push(`“${key}:${text}” is not a date; write it as 2014, 2014-07 or 2014-07-02.`);
  } else if (key === 'kind') {
    const kind = text.toLowerCase().replace(/s$/, '');
    if ((SEARCH_KINDS as readonly string[]).includes(kind)) filters.kind.push(kind as SearchKind);
    else hints.push(`“kind:${text}” is not a kind; use ${SEARCH_KINDS.map((name) => `kind:${name}`).join(', ')}.`);
  } else if (key === 'grade') {
    const grade = text.toUpperCase();
    if (/^(?:[A-F][1-6]?|[1-6])$/.test(grade)) filters.grade.push(grade);
    else hints.push(`“grade:${text}” is not a grade; write a reliability and credibility such as grade:B2, or one of them.`);
  } else filters[key].push(text);
}

function example(key: FilterKey): string {
  const examples: Record<FilterKey, string> = {
    outlet: 'outlet:Reuters',
    tag: 'tag:syria',
    grade: 'grade:B2',
    after: 'after:2013',
    before: 'before:2014-07',
    entity: 'entity:"Abu Bakr al-Baghdadi"',
    kind: 'kind:note',
  };
  return examples[key];
}

/** The terms of one token: a phrase when quoted or several words, else a word (with * a prefix). */
function termsOf(token: Token): SearchTerm[] {
  const words = wordsOf(token.text);
  if (words.length === 0) return [];
  if (token.quoted && words.length > 1) return [{ type: 'phrase', words }];
  if (!token.quoted && words.length === 1) return [{ type: 'word', word: words[0]!, prefix: /\*$/.test(token.text) }];
  // "NEAR(a,b)" or "a-b" typed bare: its words, each required, read literally.
  return token.quoted ? [{ type: 'word', word: words[0]!, prefix: false }] : words.map((word) => ({ type: 'word' as const, word, prefix: false }));
}

/** Reads what was typed into the search box. Never throws. */
export function parseSearchQuery(input: string): SearchQuery {
  const hints: string[] = [];
  let text = input;
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    hints.push(`Only the first ${MAX_QUERY_CHARS} characters were searched.`);
  }
  const filters = emptyFilters();
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokens(text, hints)) {
    if (token.filter) {
      applyFilter(filters, token.filter, token.text, hints);
      continue;
    }
    if (!token.quoted && !token.negated && token.text === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    const terms = termsOf(token);
    if (terms.length === 0) continue;
    if (token.negated) excluded.push(...terms);
    else if (joinNext && terms.length === 1) groups[groups.length - 1]!.push(terms[0]!);
    else for (const term of terms) groups.push([term]);
    joinNext = false;
  }
  const termCount = groups.reduce((sum, group) => sum + group.length, 0) + excluded.length;
  if (termCount > MAX_QUERY_TERMS) hints.push(`Only the first ${MAX_QUERY_TERMS} words were searched.`);
  return { groups: capped(groups), excluded: excluded.slice(0, MAX_QUERY_TERMS), filters, hints: [...new Set(hints)] };
}

function capped(groups: SearchTerm[][]): SearchTerm[][] {
  const kept: SearchTerm[][] = [];
  let count = 0;
  for (const group of groups) {
    if (count + group.length > MAX_QUERY_TERMS) break;
    kept.push(group);
    count += group.length;
  }
  return kept;
}
