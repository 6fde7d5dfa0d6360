import { findExactOccurrences } from './exact-occurrences';
import { mergeRanges, type TextRange } from './text-range';
import type { PassageAnchor } from './types';

// Where a changed quote probably is, so the approximate search can read a few short ranges instead
// of the whole text: around its old position, after its prefix, before its suffix, and where
// pieces of the quote still occur verbatim (a long quote edited here and there keeps most pieces).

/** Room around each guess for edits that shifted the quote. */
const RANGE_PADDING = 64;
/** Prefix or suffix shorter than this, or found more often than MAX_CONTEXT_HITS, guides nothing. */
const MIN_CONTEXT_SEED_CHARS = 8;
const MAX_CONTEXT_HITS = 3;
/** Quote pieces looked up verbatim: their length, how many, and how common one may be. */
const PIECE_CHARS = 16;
const MAX_PIECES = 12;
const MAX_PIECE_HITS = 8;
/** Places the pieces point to, most-voted first. */
const MAX_PIECE_GUESSES = 4;

/** Around the old position and where the prefix or suffix still occurs: the common, local edits. */
export function rangesNearContext(text: string, passage: PassageAnchor, expectedStart: number, maxErrors: number): TextRange[] {
  const { exact, prefix, suffix } = passage.quote;
  const guesses: TextRange[] = [{ from: expectedStart, to: expectedStart }];
  for (const at of distinctiveHits(text, prefix)) guesses.push({ from: at + prefix.length, to: at + prefix.length });
  for (const at of distinctiveHits(text, suffix)) guesses.push({ from: at - exact.length, to: at - exact.length });
  return toRanges(guesses, exact.length, maxErrors, text.length);
}

/** Where verbatim pieces of the quote put it: for a quote moved far and edited on the way. */
export function rangesNearQuotePieces(text: string, quote: string, maxErrors: number): TextRange[] {
  return toRanges(pieceGuesses(text, quote, maxErrors), quote.length, maxErrors, text.length);
}

/** Ranges of guessed starts, widened to hold a whole quote with its edits. */
function toRanges(guesses: TextRange[], quoteLength: number, maxErrors: number, textLength: number): TextRange[] {
  const ranges = guesses.map((guess) => ({
    from: guess.from - maxErrors - RANGE_PADDING,
    to: guess.to + quoteLength + maxErrors + RANGE_PADDING,
  }));
  return mergeRanges(ranges, textLength);
}

function distinctiveHits(text: string, context: string): number[] {
  if (context.length < MIN_CONTEXT_SEED_CHARS) return [];
  const hits = findExactOccurrences(text, context, MAX_CONTEXT_HITS);
  return hits.length <= MAX_CONTEXT_HITS ? hits : [];
}

/** Clusters of quote starts implied by verbatim pieces, as ranges of starts. */
function pieceGuesses(text: string, quote: string, maxErrors: number): TextRange[] {
  const pieceCount = Math.min(MAX_PIECES, Math.floor(quote.length / PIECE_CHARS));
  if (pieceCount < 2) return [];
  const stride = Math.floor(quote.length / pieceCount);
  const impliedStarts: number[] = [];
  for (let i = 0; i < pieceCount; i++) {
    const offset = i * stride;
    const hits = findExactOccurrences(text, quote.slice(offset, offset + PIECE_CHARS), MAX_PIECE_HITS);
    if (hits.length <= MAX_PIECE_HITS) impliedStarts.push(...hits.map((at) => at - offset));
  }
  impliedStarts.sort((a, b) => a - b);

  const clusters: { range: TextRange; votes: number }[] = [];
  for (const start of impliedStarts) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && start - last.range.to <= maxErrors + PIECE_CHARS) {
      last.range.to = start;
      last.votes++;
    } else clusters.push({ range: { from: start, to: start }, votes: 1 });
  }
  clusters.sort((a, b) => b.votes - a.votes || a.range.from - b.range.from);
  return clusters.slice(0, MAX_PIECE_GUESSES).map((cluster) => cluster.range);
}
