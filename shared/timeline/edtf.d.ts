// The edtf package ships no types; this declares the part of its API the timeline uses.
declare module 'edtf' {
  interface Bitmask {
    readonly value: number;
  }

  interface ExtDate {
    readonly type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season';
    readonly edtf: string;
    /** Milliseconds since 1970 (UTC) of the first and last instant. */
    readonly min: number;
    readonly max: number;
    readonly values: number[];
    readonly precision?: number;
    readonly year: number;
    readonly season?: number;
    readonly approximate?: Bitmask;
    readonly uncertain?: Bitmask;
    readonly unspecified?: Bitmask;
  }

  interface ExtInterval {
    readonly type: 'Interval';
    readonly edtf: string;
    /** -Infinity / Infinity for an open end (".."), null for an unknown one (""). */
    readonly min: number | null;
    readonly max: number | null;
    readonly lower: ExtDate | number | null | undefined;
    readonly upper: ExtDate | number | null | undefined;
  }

  interface ExtList {
    readonly type: 'List' | 'Set';
    readonly edtf: string;
  }

  interface Constraints {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
  }

  function edtf(input: string, constraints?: Constraints): ExtDate | ExtInterval | ExtList;
  export default edtf;
}
