// Sentence spans of a clipping, for the evidence a date suggestion proposes. A sentence ends at . ! ?
// (with closing quotes or brackets) before a space and a capital, digit or quote, unless the dot ends
// a known abbreviation ("Sept.", "Corp.", "Mr.", "U.S."); a blank line or a line without end
// punctuation (a headline, a dateline) also ends one.

export interface TextSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr co corp inc ltd bros ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vs etc approx dept est fig ft mt pp vol'
  ).split(' '),
);

const BOUNDARY = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9])|\n\s*\n|\n/g;

export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    if (match[1] !== undefined && match[1] === '.' && endsWithAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length - (match[3]?.length ?? match[0].length);
    push(text, start, end, spans);
    start = match.index + match[0].length;
  }
  push(text, start, text.length, spans);
  return spans;
}

/** The sentence that holds `offset` (the last one when it is past the end). */
export function sentenceAt(spans: TextSpan[], offset: number): TextSpan {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (spans[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return spans[low] ?? { start: 0, end: 0 };
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word)) return true; // "U.S", "J" of "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, spans: TextSpan[]): void {
  let first = start;
  let last = end;
  while (first < last && /\s/.test(text[first]!)) first += 1;
  while (last > first && /\s/.test(text[last - 1]!)) last -= 1;
  if (last > first) spans.push({ start: first, end: last });
}
