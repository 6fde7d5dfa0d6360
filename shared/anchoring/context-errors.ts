import { compilePattern, scanEditDistances, type CompiledPattern } from './bit-parallel-edit-distance';
import { reverseCodeUnits } from './reverse-code-units';
import type { TextQuoteSelector } from './types';

// How well the text around a candidate span agrees with the stored prefix and suffix, as edits.
// The prefix is matched backwards from the span's start and the suffix forwards from its end, each
// free to stop anywhere, so text inserted right beside the passage costs only what was inserted.
// Unrelated text still shares letters with a context by chance (about half of them), so each side
// counts at most half its length: beyond that it is simply different, and missing context (at the
// edge of the text) is no worse than different context.

/** How far past a context's own length the comparison may read (room for insertions). */
const CONTEXT_SLACK = 16;
/** Context agrees when its errors are at most this share of its length (chance level is 1/2). */
const AGREEING_ERROR_SHARE = 3 / 8;

function capAtChance(errors: number, contextLength: number): number {
  return Math.min(errors, Math.ceil(contextLength / 2));
}

export interface ContextScorer {
  /** Edits between the stored prefix and the text before `start`, capped. */
  prefixErrorsBefore(start: number): number;
  /** Edits between the stored suffix and the text after `end`, capped. */
  suffixErrorsAfter(end: number): number;
  /** Both sides of text[start, end). */
  errorsAround(start: number, end: number): number;
  /** The surroundings are recognisably the same: one side may be new, the other mostly intact. */
  agrees(contextErrors: number): boolean;
}

export function createContextScorer(text: string, quote: TextQuoteSelector): ContextScorer {
  const reversedPrefix = compilePattern(reverseCodeUnits(quote.prefix));
  const suffix = compilePattern(quote.suffix);
  const contextLength = quote.prefix.length + quote.suffix.length;

  const prefixErrorsBefore = (start: number) => {
    const from = Math.max(0, start - reversedPrefix.length - CONTEXT_SLACK);
    return capAtChance(bestAnchoredScore(reversedPrefix, text, from, start, true), reversedPrefix.length);
  };
  const suffixErrorsAfter = (end: number) => {
    const to = Math.min(text.length, end + suffix.length + CONTEXT_SLACK);
    return capAtChance(bestAnchoredScore(suffix, text, end, to, false), suffix.length);
  };

  return {
    prefixErrorsBefore,
    suffixErrorsAfter,
    errorsAround: (start, end) => prefixErrorsBefore(start) + suffixErrorsAfter(end),
    agrees: (contextErrors) => contextErrors <= contextLength * AGREEING_ERROR_SHARE,
  };
}

function bestAnchoredScore(pattern: CompiledPattern, text: string, from: number, to: number, backwards: boolean): number {
  let best = pattern.length;
  if (best === 0) return 0;
  scanEditDistances(pattern, text, { from, to, backwards, anchored: true }, (_index, score) => {
    if (score < best) best = score;
  });
  return best;
}
