// Title search in the Notes list: every word of the query must occur in the title, with case and
// diacritics ignored (Sahel finds "Sahél", "AQIM" finds "aqim"). The core stores each title folded
// by the same function it folds the query with.

/** Lower case, no diacritics, runs of white space as one space. */
export function foldTitle(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The folded words of a query, each of which a matching title contains. */
export function titleQueryWords(query: string): string[] {
  return [
    ...new Set(
      foldTitle(query)
        .split(' ')
        .filter((word) => word !== ''),
    ),
  ];
}
