import { compilePattern, scanEditDistances, scanMatchEnds, type CompiledPattern } from './bit-parallel-edit-distance';
import { reverseCodeUnits } from './reverse-code-units';
import type { TextRange } from './text-range';

// Approximate occurrences of a quote: a forward scan finds where matches with few enough edits end,
// then a backward scan from each such end finds where that match starts. Ends next to each other
// form a run around one match. Its best end is not always the right one: text inserted near an
// edge can make dropping the quote's last (or first) few characters cheaper than spanning the
// insertion, and only the context tells which is right. So the local minima of each run are ranked
// by their score plus what the caller charges for the context at that edge, and the best followed.

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits between the quote and text[start, end). */
  errors: number;
}

/** Runs of ends followed, best first; more are near-duplicates or noise in repetitive text. */
const MAX_RUNS = 16;
/** Ends per run, and starts per end, that are followed: the best local minima. */
const MAX_EDGES = 4;

/** What the context at a match's edges costs, in the same units as quote errors. */
export interface EdgePenalties {
  beforeStart(start: number): number;
  afterEnd(end: number): number;
}

interface Scored {
  offset: number;
  score: number;
}

export class ApproximateMatcher {
  private readonly pattern: CompiledPattern;
  private readonly reversedPattern: CompiledPattern;

  constructor(
    private readonly text: string,
    quote: string,
    private readonly maxErrors: number,
  ) {
    this.pattern = compilePattern(quote);
    this.reversedPattern = compilePattern(reverseCodeUnits(quote));
  }

  /** Bit-vector steps per text code unit scanned: the cost of a scan. */
  get blockCount(): number {
    return this.pattern.blockCount;
  }

  /** Matches with at most maxErrors edits that end inside the ranges; runs nearest `nearEnd` win ties. */
  findIn(ranges: TextRange[], nearEnd: number, edgePenalties: EdgePenalties): ApproximateMatch[] {
    const runs = ranges.flatMap((range) => this.endRuns(range));
    const best = (run: Scored[]) => run.reduce((lowest, end) => Math.min(lowest, end.score), Infinity);
    const distance = (run: Scored[]) => Math.abs(run[0]!.offset - nearEnd);
    runs.sort((a, b) => best(a) - best(b) || distance(a) - distance(b) || a[0]!.offset - b[0]!.offset);
    return runs
      .slice(0, MAX_RUNS)
      .flatMap((run) => bestLocalMinima(run, edgePenalties.afterEnd).flatMap((end) => this.matchesEndingAt(end.offset, edgePenalties.beforeStart)));
  }

  /** Ends (exclusive offsets) with their scores, grouped into runs of consecutive ends. */
  private endRuns(range: TextRange): Scored[][] {
    const runs: Scored[][] = [];
    let run: Scored[] = [];
    scanMatchEnds(this.pattern, this.text, range.from, range.to, this.maxErrors, (index, score) => {
      const end = index + 1;
      if (run.length === 0 || run[run.length - 1]!.offset !== index) {
        run = [];
        runs.push(run);
      }
      run.push({ offset: end, score });
    });
    return runs;
  }

  private matchesEndingAt(end: number, penalty: (start: number) => number): ApproximateMatch[] {
    const starts: Scored[] = [];
    const from = Math.max(0, end - this.pattern.length - this.maxErrors);
    scanEditDistances(this.reversedPattern, this.text, { from, to: end, backwards: true, anchored: true }, (index, score) => {
      starts.push({ offset: index, score });
    });
    const withinBudget = starts.filter((start) => start.score <= this.maxErrors);
    return bestLocalMinima(withinBudget, penalty).map((start) => ({ start: start.offset, end, errors: start.score }));
  }
}

/**
 * Points no worse than their neighbours (plateaus included), at most MAX_EDGES, ranked by score
 * plus penalty. Neighbours are adjacent entries, which for these runs are adjacent offsets.
 */
function bestLocalMinima(points: Scored[], penalty: (offset: number) => number): Scored[] {
  const minima = points.filter((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    return (before === undefined || before.score >= point.score) && (after === undefined || after.score >= point.score);
  });
  const ranked = minima.map((point) => ({ point, rank: point.score + penalty(point.offset) }));
  ranked.sort((a, b) => a.rank - b.rank || a.point.offset - b.point.offset);
  return ranked.slice(0, MAX_EDGES).map(({ point }) => point);
}
