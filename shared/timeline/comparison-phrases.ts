// Periods news names against the reference or against the period it reports on:
// - "a year ago", "a year earlier", "the year-ago period": in earnings news the same quarter a year
//   before, when a quarter was named before it in the text; otherwise the reference's year before;
// - "year-end", "by the end of the year", "for the year", "the full year": the reference's year
//   ("since year-end" looks back: the year before);
// - centuries: "the 11th century", "the twentieth century" (EDTF 10XX, 19XX).
import type { DateCandidate } from './date-candidate';
import type { ReferenceDate } from './reference-date';

const YEAR_BEFORE =
  /\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)(?:\s+(?:period|results|figures|level|levels))?)\b/gi;
const YEAR_END = /\b(?:(by|since|before|until|at|through|from)\s+)?(?:the\s+)?(?:year[-\s]end|year['’]s\s+end|end\s+of\s+the\s+year)\b/gi;
const WHOLE_YEAR =
  /\b(?:for|of|during|in)\s+(?:the\s+)?(?:(?:full|fiscal|whole|entire|calendar)\s+)?year\b(?![-\s](?:ago|earlier|before|old|long|end|'s))(?!\s+(?:\d|ago|earlier|before|of\b|in\b|that\b|when\b|after\b))/gi;
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};
const CENTURY = new RegExp(`\\b(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))[-\\s]+century\\b`, 'gi');

function span(match: RegExpMatchArray, skip = 0): Pick<DateCandidate, 'start' | 'end'> {
  return { start: match.index! + skip, end: match.index! + match[0].length };
}

/** The quarter interval `1989-07/1989-09` a year earlier. */
function yearBeforeQuarter(edtf: string): string {
  return edtf.replace(/\d{4}/g, (year) => String(Number(year) - 1));
}

export function comparisonCandidates(text: string, reference: ReferenceDate, earlier: DateCandidate[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(YEAR_BEFORE)) {
    // The quarter being reported, not one that is itself "the year-ago quarter".
    const reported = (item: DateCandidate) => item.granularity === 'quarter' && !/year[-\s](?:ago|earlier)/i.test(text.slice(item.start, item.end));
    const quarter = earlier.filter((item) => item.end <= match.index! && reported(item)).at(-1);
    if (quarter && /^\d{4}-\d{2}\/\d{4}-\d{2}$/.test(quarter.edtf)) {
      found.push({ ...span(match), edtf: yearBeforeQuarter(quarter.edtf), granularity: 'quarter', relative: true });
    } else found.push({ ...span(match), edtf: String(reference.year - 1), granularity: 'year', relative: true });
  }
  for (const match of text.matchAll(YEAR_END)) {
    const looksBack = match[1]?.toLowerCase() === 'since';
    const skip = match[1] ? match[0].indexOf(match[0].slice(match[1].length).trim()) : 0;
    found.push({ ...span(match, skip), edtf: String(reference.year - (looksBack ? 1 : 0)), granularity: 'year', relative: true, modifier: 'late' });
  }
  for (const match of text.matchAll(WHOLE_YEAR)) {
    const skip = match[0].search(/\s/) + 1;
    const rest = match[0].slice(skip);
    found.push({ ...span(match, skip + rest.search(/\S/)), edtf: String(reference.year), granularity: 'year', relative: true });
  }
  for (const match of text.matchAll(CENTURY)) {
    const number = match[1] ? Number(match[1]) : ORDINAL_WORDS[match[2]!.toLowerCase()]!;
    if (number < 1 || number > 21) continue;
    found.push({ ...span(match), edtf: `${String(number - 1).padStart(2, '0')}XX`, granularity: 'decade', relative: false });
  }
  return found;
}
