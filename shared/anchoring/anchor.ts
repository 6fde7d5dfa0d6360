import { ApproximateMatcher, type ApproximateMatch, type EdgePenalties } from './approximate-matches';
import { snapEndToCharacter, snapStartToCharacter } from './character-boundaries';
import { createContextScorer, type ContextScorer } from './context-errors';
import { findExactOccurrences } from './exact-occurrences';
import { maxQuoteErrors } from './limits';
import { rangesNearContext, rangesNearQuotePieces } from './nearby-ranges';
import type { TextRange } from './text-range';
import type { AnchorResult, PassageAnchor } from './types';

// Re-anchoring after the stored text changed, cheapest test first:
// 1. the old position still holds the quote and its surroundings agree → exact;
// 2. the quote occurs verbatim: the occurrence whose context agrees best, then nearest → moved;
// 3. approximate matches (≤ 25 % of the quote edited) near where the quote probably is, then over
//    the whole text when that is affordable; verbatim occurrences from step 2 compete → fuzzy;
// 4. nothing acceptable → orphaned (the caller keeps the quote).

/** One quote edit outweighs two context edits; position only breaks ties (it adds under 0.1). */
const CONTEXT_WEIGHT = 0.5;
const POSITION_WEIGHT = 0.1;
/** A quote this long that matches within the error budget is evidence enough without its context. */
const SELF_EVIDENT_QUOTE_CHARS = 64;
/** Most bit-vector steps (text length × pattern blocks) one whole-text approximate scan may take. */
const FULL_SCAN_BUDGET = 16_000_000;

const ORPHANED: AnchorResult = { status: 'orphaned' };
const WHITESPACE = /\s/u;

interface Candidate {
  start: number;
  end: number;
  contextErrors: number;
  /** Quote errors plus weighted context errors plus a tie-breaking share of the distance moved. */
  cost: number;
}

export function anchor(text: string, passage: PassageAnchor): AnchorResult {
  const { exact } = passage.quote;
  if (exact.length === 0) return ORPHANED;
  const { start, end } = passage.position;
  const context = createContextScorer(text, passage.quote);

  const stillThere = Number.isInteger(start) && start >= 0 && end === start + exact.length && text.startsWith(exact, start);
  if (stillThere && context.agrees(context.errorsAround(start, end))) return resultFor(text, passage, { start, end });

  const expectedStart = Number.isInteger(start) ? Math.min(Math.max(start, 0), text.length) : 0;
  const rate = (match: ApproximateMatch) => rateCandidate(match, context, expectedStart, text.length);

  const verbatim = findExactOccurrences(text, exact).map((at) => rate({ start: at, end: at + exact.length, errors: 0 }));
  const bestVerbatim = cheapest(verbatim, exact.length);
  if (bestVerbatim !== undefined && context.agrees(bestVerbatim.contextErrors)) return resultFor(text, passage, bestVerbatim);

  const approximate = approximateCandidates(text, passage, expectedStart, context, rate);
  const best = cheapest([...verbatim, ...approximate], exact.length);
  return best === undefined ? ORPHANED : resultFor(text, passage, best);
}

/**
 * Acceptable approximate matches, looked for in widening circles: near the old position and the
 * context, then near verbatim pieces of the quote, then (when affordable) everywhere.
 */
function approximateCandidates(
  text: string,
  passage: PassageAnchor,
  expectedStart: number,
  context: ContextScorer,
  rate: (match: ApproximateMatch) => Candidate,
): Candidate[] {
  const { exact } = passage.quote;
  const maxErrors = maxQuoteErrors(exact.length);
  if (maxErrors === 0) return [];
  const matcher = new ApproximateMatcher(text, exact, maxErrors);
  const acceptable = (candidate: Candidate) => exact.length >= SELF_EVIDENT_QUOTE_CHARS || context.agrees(candidate.contextErrors);
  const edgePenalties: EdgePenalties = {
    beforeStart: (offset) => CONTEXT_WEIGHT * context.prefixErrorsBefore(offset),
    afterEnd: (offset) => CONTEXT_WEIGHT * context.suffixErrorsAfter(offset),
  };
  const expectedEnd = expectedStart + exact.length;
  const searchIn = (ranges: TextRange[]) => matcher.findIn(ranges, expectedEnd, edgePenalties).map(rate).filter(acceptable);
  const convincing = (candidates: Candidate[]) => candidates.some((candidate) => context.agrees(candidate.contextErrors));

  const nearContext = searchIn(rangesNearContext(text, passage, expectedStart, maxErrors));
  if (convincing(nearContext)) return nearContext;
  const nearPieces = [...nearContext, ...searchIn(rangesNearQuotePieces(text, exact, maxErrors))];
  if (convincing(nearPieces) || text.length * matcher.blockCount > FULL_SCAN_BUDGET) return nearPieces;
  return searchIn([{ from: 0, to: text.length }]);
}

function rateCandidate(match: ApproximateMatch, context: ContextScorer, expectedStart: number, textLength: number): Candidate {
  const contextErrors = context.errorsAround(match.start, match.end);
  const distance = Math.abs(match.start - expectedStart) / (textLength + 1);
  return {
    start: match.start,
    end: match.end,
    contextErrors,
    cost: match.errors + CONTEXT_WEIGHT * contextErrors + POSITION_WEIGHT * distance,
  };
}

/**
 * The lowest cost. On a tie, the span closest to the quote's length (an edit at the edge is more
 * likely a changed character than a lost one), then the earliest, so search order never matters.
 */
function cheapest(candidates: Candidate[], quoteLength: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (best === undefined || compareCandidates(candidate, best, quoteLength) < 0) best = candidate;
  }
  return best;
}

function compareCandidates(a: Candidate, b: Candidate, quoteLength: number): number {
  const lengthGap = (candidate: Candidate) => Math.abs(candidate.end - candidate.start - quoteLength);
  return a.cost - b.cost || lengthGap(a) - lengthGap(b) || a.start - b.start || a.end - b.end;
}

/**
 * The span trimmed of edge whitespace the quote lacks (a lost word can leave its space behind),
 * widened to whole characters (a mark added after the quote belongs to it), and its status.
 */
function resultFor(text: string, passage: PassageAnchor, candidate: { start: number; end: number }): AnchorResult {
  const { exact } = passage.quote;
  let { start, end } = candidate;
  if (!WHITESPACE.test(exact[0]!)) while (start < end - 1 && WHITESPACE.test(text[start]!)) start++;
  if (!WHITESPACE.test(exact[exact.length - 1]!)) while (end > start + 1 && WHITESPACE.test(text[end - 1]!)) end--;
  start = snapStartToCharacter(text, start);
  end = snapEndToCharacter(text, end);
  if (text.slice(start, end) !== exact) return { status: 'fuzzy', start, end };
  const unmoved = start === passage.position.start && end === passage.position.end;
  return { status: unmoved ? 'exact' : 'moved', start, end };
}
