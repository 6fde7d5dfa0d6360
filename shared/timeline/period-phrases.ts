// Periods named relative to the reference or to a date just mentioned: quarters ("the third
// quarter", as TimeBank resolves them: the most recent one begun by publication), seasons ("last
// summer", "spring 2014"), halves, "this week", "last weekend", "last month", "next year", and the
// anaphoric "that week" / "the same month", read from the latest date mentioned before them.
import type { DateCandidate, Granularity } from './date-candidate';
import { ORDINAL_PATTERN, ordinalNumber } from './date-words';
import type { ReferenceDate } from './reference-date';
import { lastEndedQuarter, monthText, quarterInterval, weekInterval, weekendInterval, yearOfQuarter, yearOfSeason, type Direction } from './relative-dates';
import { SEASON_CODES, type SeasonName } from './seasons';

const DIRECTION = "(?:([Tt]his(?:\\s+past)?|[Ll]ast|[Nn]ext|[Tt]he|[Tt]hat)(?:\\s+year['’]s)?\\s+(?:(?:early|late|mid)[-\\s]+)?)";
const QUARTER = new RegExp(
  `\\b(?:(?:([Tt]his|[Ll]ast|[Nn]ext)\\s+year['’]s|(?:[Tt]he\\s+)?(\\d{4})(?:['’]s)?|[Tt]he)\\s+)?(?:fiscal\\s+)?(${ORDINAL_PATTERN})(?:[-\\s]+fiscal)?[-\\s]+quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4}))?|\\bQ([1-4])(?:\\s+(\\d{4}))?\\b`,
  'gi',
);
const LATEST_QUARTER =
  /\b(?:the|its|this)\s+(?:latest|most recent|just-ended|just ended|recent|past|current|year-ago|year-earlier|comparable year-ago|comparable year-earlier)\s+(?:(first|second|third|fourth)\s+)?(?:fiscal\s+)?quarter\b|\bthe\s+quarter\b(?!\s+(?:of|century|mile|point|percent|share|hour|final))/gi;
const SEASON = new RegExp(`\\b${DIRECTION}?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`, 'gi');
const HALF = /\b(?:the\s+)?(first|second)\s+half\s+of\s+(\d{4})\b/gi;
const PERIOD =
  /\b(this|last|next|that|the same|the previous|the following|the current)\s+(?:fiscal\s+|calendar\s+)?(week|weekend|month|year)\b(?![-\s](?:old|long|ago|earlier))|\b(?<=(?:over|during|on|at|ahead of|before|since)\s+)(the)\s+(weekend)\b/gi;

function candidate(match: RegExpMatchArray, edtf: string, granularity: Granularity, relative: boolean): DateCandidate {
  return { start: match.index!, end: match.index! + match[0].length, edtf, granularity, relative };
}

function direction(word: string | undefined): Direction {
  const lower = word?.toLowerCase().replace(/^this\s+past$/, 'last');
  return lower === 'this' || lower === 'last' || lower === 'next' ? lower : 'recent';
}

export function quarterCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(QUARTER)) {
    const [, yearWord, ownerYear, ordinal, ofYear, qNumber, qYear] = match;
    const quarter = qNumber ? Number(qNumber) : ordinalNumber(ordinal!);
    const explicit = ownerYear ?? ofYear ?? qYear;
    const year = explicit
      ? Number(explicit)
      : yearWord
        ? reference.year + (direction(yearWord) === 'last' ? -1 : direction(yearWord) === 'next' ? 1 : 0)
        : yearOfQuarter(reference, quarter, 'recent');
    found.push(candidate(match, quarterInterval(year, quarter), 'quarter', !explicit));
  }
  for (const match of text.matchAll(LATEST_QUARTER)) {
    // Earnings news: "the quarter" and "the latest quarter" are the one just reported (the latest
    // ended); "the year-ago quarter" is the same quarter a year before; "the current quarter" is ours.
    const words = match[0].toLowerCase();
    const reported = lastEndedQuarter(reference);
    const named = match[1] ? ordinalNumber(match[1]) : null;
    let { year, quarter } = reported;
    if (words.includes('current')) [year, quarter] = [reference.year, Math.ceil(reference.month / 3)];
    if (named) [year, quarter] = [yearOfQuarter(reference, named, 'recent'), named];
    if (/year-(?:ago|earlier)/.test(words)) year -= 1;
    found.push(candidate(match, quarterInterval(year, quarter), 'quarter', true));
  }
  return found;
}

export function seasonCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(SEASON)) {
    const [, word, seasonWord, yearText] = match;
    const lower = seasonWord!.toLowerCase();
    const before = text.slice(Math.max(0, match.index - 10), match.index);
    // "the fall of Mosul", "a fall in prices": "fall" is a season only with a year or "this/last/next" or "in the".
    const namedYear = yearText !== undefined;
    if (!namedYear && !word) continue;
    if (lower === 'fall' && !namedYear && !/^(this|last|next)$/i.test(word ?? '') && !/\b(?:in|during|by|this|until|since)\s+$/i.test(before)) {
      continue;
    }
    const ofFollows = /^\s+of\s/i.test(text.slice(match.index + match[0].length));
    if (
      /^(the|that)$/i.test(word ?? '') &&
      !namedYear &&
      !ofFollows &&
      !/\b(?:in|during|by|over|until|since|through|throughout|for|of|from)\s+$/i.test(before)
    ) {
      continue;
    }
    const code = SEASON_CODES[(lower === 'fall' ? 'autumn' : lower) as SeasonName];
    const year = namedYear ? Number(yearText) : yearOfSeason(reference, code, direction(word));
    found.push(candidate(match, `${year}-${code}`, 'season', !namedYear));
  }
  for (const match of text.matchAll(HALF)) {
    const year = Number(match[2]);
    const first = match[1]!.toLowerCase() === 'first';
    found.push(candidate(match, first ? `${year}-01/${year}-06` : `${year}-07/${year}-12`, 'quarter', false));
  }
  return found;
}

/** "this week", "last month", "next year", "the weekend"; "that week" from the date mentioned before. */
export function periodCandidates(text: string, reference: ReferenceDate, earlier: DateCandidate[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const word = (match[1] ?? match[3]!).toLowerCase().replace('the current', 'this');
    const unit = (match[2] ?? match[4]!).toLowerCase();
    if (word === 'that' || word === 'the same' || word === 'the previous' || word === 'the following') {
      const anchored = anaphoric(match, unit, word, earlier);
      if (anchored) found.push(anchored);
      continue;
    }
    const dir = direction(word);
    const step = dir === 'last' ? -1 : dir === 'next' ? 1 : 0;
    if (unit === 'week') found.push(candidate(match, weekInterval(reference.dayText, step), 'week', true));
    else if (unit === 'weekend') found.push(candidate(match, weekendInterval(reference, dir), 'week', true));
    else if (unit === 'month') {
      const index = reference.year * 12 + reference.month - 1 + step;
      found.push(candidate(match, monthText(Math.floor(index / 12), (index % 12) + 1), 'month', true));
    } else found.push(candidate(match, String(reference.year + step), 'year', true));
  }
  return found;
}

/** "that week": the week of the latest day mentioned before it (nothing when there is none). */
function anaphoric(match: RegExpMatchArray, unit: string, word: string, earlier: DateCandidate[]): DateCandidate | null {
  const needs: Granularity[] = unit === 'year' ? ['day', 'month', 'year'] : unit === 'month' ? ['day', 'month'] : ['day'];
  const anchor = earlier.filter((item) => item.end <= match.index! && needs.includes(item.granularity)).at(-1);
  if (!anchor) return null;
  const day = anchor.edtf.slice(0, 10);
  const step = word === 'the previous' ? -1 : word === 'the following' ? 1 : 0;
  if (unit === 'week') return candidate(match, weekInterval(day, step), 'week', true);
  if (unit === 'weekend') return null;
  if (unit === 'month') {
    const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + step;
    return candidate(match, monthText(Math.floor(index / 12), (index % 12) + 1), 'month', true);
  }
  return candidate(match, String(Number(day.slice(0, 4)) + step), 'year', true);
}
