import { compilePattern, scanEditDistances, type CompiledPattern } from './bit-parallel-edit-distance';
import { reverseCodeUnits } from './reverse-code-units';
import type { TextQuoteSelector } from './types';

// How well the text around a candidate span agrees with the stored prefix and suffix, as edits.
// The prefix is matched backwards from the span's start and the suffix forwards from its end, each
// free to stop anywhere, so text inserted right beside the passage costs only what was inserted.

/** How far past a context's own length the comparison may read (room for insertions). */
const CONTEXT_SLACK = 16;

export interface ContextScorer {
  /** Stored prefix plus suffix length: the most context errors a span can have. */
  readonly contextLength: number;
  errorsAround(start: number, end: number): number;
  /** At most half of the stored context differs: the surroundings are recognisably the same. */
  agrees(contextErrors: number): boolean;
}

export function createContextScorer(text: string, quote: TextQuoteSelector): ContextScorer {
  const reversedPrefix = compilePattern(reverseCodeUnits(quote.prefix));
  const suffix = compilePattern(quote.suffix);
  const contextLength = quote.prefix.length + quote.suffix.length;

  return {
    contextLength,
    errorsAround(start, end) {
      const prefixErrors = bestAnchoredScore(reversedPrefix, text, Math.max(0, start - reversedPrefix.length - CONTEXT_SLACK), start, true);
      const suffixErrors = bestAnchoredScore(suffix, text, end, Math.min(text.length, end + suffix.length + CONTEXT_SLACK), false);
      return prefixErrors + suffixErrors;
    },
    agrees(contextErrors) {
      return contextErrors * 2 <= contextLength;
    },
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
