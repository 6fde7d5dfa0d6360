// Dated statements suggested from a clipping's text: each date expression, the EDTF date it stands
// for (resolved against the clipping's published or captured date), its days, and the sentence that
// is the evidence. chrono-node finds what it knows (days, "yesterday", "Sept. 30"); our phrases add
// what it misses or misreads (a year alone, decades, seasons, quarters, weeks, "last June", "that
// week"). Not suggested: durations ("for months"), "now"/"recently" (they name no days), times alone.
//
// Choices, so that a suggestion never claims more than the text says:
// - "early/mid/late 2014" keeps the whole year (or month) as its EDTF, with `modifier` saying which
//   part: EDTF levels 0–1 have no "early", and a guessed span of months would be a false precision.
// - A quarter is the interval of its months (EDTF levels 0–1 have no quarters): "the third quarter"
//   is the most recent third quarter begun by publication, as TimeBank resolves it.
// - With a partial reference (a clipping known only to June 2014), an expression finer than the
//   reference ("yesterday", "on Friday") becomes the reference itself, approximate: 2014-06~.
import { chronoCandidates } from './chrono-phrases';
import { comparisonCandidates } from './comparison-phrases';
import { compactDayCandidates, decadeCandidates, monthCandidates, spelledYearCandidates, yearCandidates } from './calendar-phrases';
import type { DateCandidate, Granularity } from './date-candidate';
import { parseEdtfDate } from './edtf-date';
import { periodCandidates, quarterCandidates, seasonCandidates } from './period-phrases';
import { referenceDate, type ReferenceDate } from './reference-date';
import { sentenceAt, sentenceSpans, type TextSpan } from './sentences';

export interface DateSuggestion {
  /** UTF-16 offsets of the date expression in the text. */
  start: number;
  end: number;
  text: string;
  edtf: string;
  earliest: string | null;
  latest: string | null;
  /** "June 2014", "summer 2014", "about June 2014". */
  label: string;
  /** For "early 2014", "mid-June", "the end of 1990": which part of the EDTF date the text names. */
  modifier?: 'early' | 'mid' | 'late';
  /** The sentence holding the expression: the evidence the UI proposes. */
  sentence: TextSpan;
}

const ORDER: Granularity[] = ['day', 'week', 'month', 'season', 'quarter', 'year', 'decade'];
const PRECISION_RANK = { day: 0, month: 2, year: 5 } as const;

const MODIFIER_BEFORE = /(?:\b(early|late|mid)(?:[-\s]+|-)(?:in\s+)?|\bthe\s+(end|beginning|start|middle)\s+of\s+(?:the\s+)?)$/i;

/**
 * Suggests dated statements in `text`, read against `reference` (the published date, else the
 * capture date: 2014, 2014-06 or 2014-06-25). Sorted by position; spans never overlap.
 */
export function suggestDates(text: string, reference: string): DateSuggestion[] {
  const ref = referenceDate(reference);
  const phrases = [
    ...quarterCandidates(text, ref),
    ...seasonCandidates(text, ref),
    ...decadeCandidates(text, ref),
    ...monthCandidates(text, ref),
    ...compactDayCandidates(text),
    ...yearCandidates(text, ref),
    ...spelledYearCandidates(text, ref),
  ];
  const found = joinYears(text, merge(phrases, chronoCandidates(text, ref)));
  const withPeriods = merge([...periodCandidates(text, ref, found), ...comparisonCandidates(text, ref, found)], found);
  const sentences = sentenceSpans(text);
  const suggestions: DateSuggestion[] = [];
  for (const candidate of withPeriods) {
    const qualified = withModifier(text, coarsened(candidate, ref));
    const date = parseEdtfDate(qualified.edtf);
    if (!date.ok) continue;
    suggestions.push({
      start: qualified.start,
      end: qualified.end,
      text: text.slice(qualified.start, qualified.end),
      edtf: date.date.edtf,
      earliest: date.date.earliest,
      latest: date.date.latest,
      label: date.date.label,
      ...(qualified.modifier ? { modifier: qualified.modifier } : {}),
      sentence: sentenceAt(sentences, qualified.start),
    });
  }
  return suggestions;
}

/** Non-overlapping candidates, longest first; on a tie the earlier list (our phrases) wins. */
function merge(preferred: DateCandidate[], others: DateCandidate[]): DateCandidate[] {
  const ranked = [...preferred.map((item) => ({ item, rank: 0 })), ...others.map((item) => ({ item, rank: 1 }))];
  ranked.sort((a, b) => b.item.end - b.item.start - (a.item.end - a.item.start) || a.rank - b.rank);
  const kept: DateCandidate[] = [];
  for (const { item } of ranked) {
    if (kept.some((other) => other.start < item.end && item.start < other.end)) continue;
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "January nineteen ninety-seven", "the winter of 1994": a month or season read from the reference,
 * followed by a year, is that year's.
 */
function joinYears(text: string, candidates: DateCandidate[]): DateCandidate[] {
  const joined: DateCandidate[] = [];
  for (const candidate of candidates) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, candidate.start) : '';
    const joinable =
      previous?.relative &&
      (previous.granularity === 'month' || previous.granularity === 'season') &&
      candidate.granularity === 'year' &&
      !candidate.relative &&
      /^,?\s+(?:of\s+)?$/.test(between);
    if (!previous || !joinable) {
      joined.push(candidate);
      continue;
    }
    const tail = previous.edtf.slice(4); // "-01" or "-24"
    joined[joined.length - 1] = { ...previous, end: candidate.end, edtf: `${candidate.edtf}${tail}`, relative: false };
  }
  return joined;
}

/** A relative expression finer than a partial reference cannot be placed more precisely than it. */
function coarsened(candidate: DateCandidate, ref: ReferenceDate): DateCandidate {
  if (!candidate.relative || ref.precision === 'day') return candidate;
  if (ORDER.indexOf(candidate.granularity) >= PRECISION_RANK[ref.precision]) return candidate;
  return { ...candidate, edtf: `${ref.partial}~`, granularity: ref.precision };
}

/** "early 2014", "mid-June", "the end of 1990": the span takes the words, the date stays whole. */
function withModifier(text: string, candidate: DateCandidate): DateCandidate {
  if (candidate.modifier || !['month', 'season', 'year', 'decade'].includes(candidate.granularity)) return candidate;
  const match = MODIFIER_BEFORE.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start));
  if (!match) return candidate;
  const word = (match[1] ?? match[2]!).toLowerCase();
  const modifier = word === 'early' || word === 'beginning' || word === 'start' ? 'early' : word === 'late' || word === 'end' ? 'late' : 'mid';
  return { ...candidate, start: candidate.start - match[0].length, modifier };
}
