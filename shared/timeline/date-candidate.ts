// A date expression found in a text, before it becomes a suggestion.
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade';

export interface DateCandidate {
  start: number;
  end: number;
  /** The EDTF date the expression stands for. */
  edtf: string;
  granularity: Granularity;
  /** True when the value was reckoned from the reference date ("yesterday", "last June"). */
  relative: boolean;
  /** "early 2014": the EDTF keeps the whole year (what is certain), the qualifier says which part. */
  modifier?: 'early' | 'mid' | 'late';
}
