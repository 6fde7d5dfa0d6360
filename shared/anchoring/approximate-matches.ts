import { compilePattern, scanEditDistances, scanMatchEnds, type CompiledPattern } from './bit-parallel-edit-distance';
import { reverseCodeUnits } from './reverse-code-units';
import type { TextRange } from './text-range';

// Approximate occurrences of a quote: a forward scan finds where matches with few enough edits end,
// then a backward scan from each such end finds where that match starts. Ends next to each other
// belong to one match, so only the best ends of each run are followed.

export interface ApproximateMatch {
  start: number;
  end: number;
  /** Edits between the quote and text[start, end). */
  errors: number;
}

/** Runs of ends followed, best first; more are near-duplicates or noise in repetitive text. */
const MAX_RUNS = 16;
/** Equally good ends (or starts) tried per run; they differ by an edit at the edge, context decides. */
const MAX_TIES = 4;

interface EndRun {
  errors: number;
  ends: number[];
  lastEnd: number;
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

  /** Matches with at most maxErrors edits that end inside the ranges; runs nearest `near` win ties. */
  findIn(ranges: TextRange[], near: number): ApproximateMatch[] {
    const runs = ranges.flatMap((range) => this.endRuns(range));
    runs.sort((a, b) => a.errors - b.errors || Math.abs(a.lastEnd - near) - Math.abs(b.lastEnd - near) || a.lastEnd - b.lastEnd);
    return runs.slice(0, MAX_RUNS).flatMap((run) => run.ends.flatMap((end) => this.matchesEndingAt(end, run.errors)));
  }

  private endRuns(range: TextRange): EndRun[] {
    const runs: EndRun[] = [];
    let run: EndRun | undefined;
    scanMatchEnds(this.pattern, this.text, range.from, range.to, this.maxErrors, (index, score) => {
      const end = index + 1;
      if (run === undefined || run.lastEnd !== index) {
        run = { errors: score, ends: [end], lastEnd: end };
        runs.push(run);
        return;
      }
      run.lastEnd = end;
      if (score < run.errors) {
        run.errors = score;
        run.ends = [end];
      } else if (score === run.errors && run.ends.length < MAX_TIES) run.ends.push(end);
    });
    return runs;
  }

  private matchesEndingAt(end: number, errors: number): ApproximateMatch[] {
    const from = Math.max(0, end - this.pattern.length - this.maxErrors);
    const starts: number[] = [];
    let best = errors;
    scanEditDistances(this.reversedPattern, this.text, { from, to: end, backwards: true, anchored: true }, (index, score) => {
      if (score < best) {
        best = score;
        starts.length = 0;
      }
      if (score === best && starts.length < MAX_TIES) starts.push(index);
    });
    return starts.map((start) => ({ start, end, errors: best }));
  }
}
