// The words of dates in English news.

export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for a month name or abbreviation ("Sept."), 0 when it is none. */
export function monthNumber(word: string): number {
  return MONTH_PREFIXES.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export const WEEKDAY_PATTERN = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';

/** 0 Sunday … 6 Saturday. */
export function weekdayNumber(word: string): number {
  return ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(word.slice(0, 3).toLowerCase());
}

export const ORDINAL_PATTERN = 'first|second|third|fourth|1st|2nd|3rd|4th';

export function ordinalNumber(word: string): number {
  const lower = word.toLowerCase();
  return ['first', 'second', 'third', 'fourth'].indexOf(lower) + 1 || Number(lower[0]);
}

/** Words before a bare month, season or year that make it a date: "in June", "since 2013". */
export const DATE_PREPOSITIONS =
  /(?:\b(?:in|on|by|since|until|till|from|to|through|during|before|after|of|between|and|or|early|mid|late|last|this|next|fiscal|around|about|circa|as of)\s+|mid-|\()$/i;

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** What follows a number that is a quantity, not a year: "2000 people", "1500 shares". */
export const QUANTITY_AFTER =
  /^\s*(?:%|percent|per cent|people|persons|men|women|children|troops|soldiers|police|deaths|dead|cases|units|cars|vehicles|shares|votes|miles|kilometers|kilometres|km|meters|metres|feet|foot|tons|tonnes|barrels|acres|hectares|pages|points|dollars|euros|pounds|yen|yuan|rupees|workers|jobs|employees|members|residents|students|voters|homes|houses|flights|fighters|refugees|civilians|prisoners|hours|minutes|seconds|days|weeks|months|years|times|rounds|copies|calories|[a-z]+-year-old)\b/i;

/** What precedes a number that is a label, not a year: "page 2013", "No. 1984", "$2000". */
export const LABEL_BEFORE =
  /(?:\b(?:page|pages|p\.|pp\.|section|sections|chapter|no\.|nos\.|number|article|articles|room|flight|route|highway|model|item|unit|suite|box|vol\.|volume|paragraph|rule|resolution|code|bill|lot|order|case|file|account|gate|platform|line|bus|road|street|st\.|avenue|ave\.|version|v\.|level|row|seat|floor|apartment|apt\.|exit|channel)\s*|[$€£¥#№]\s*|\d[.,]?)$/i;
