// Headlines Capitalise Every Word (or SHOUT), which would make one long "name" of them. In such a
// line a capitalised common word counts as a plain word, unless the text capitalises it elsewhere.
import type { WordToken } from './tokenize';
import type { Lexicon } from './lexicon';

const MIN_WORDS = 4;
const MIN_CAPITALISED_SHARE = 0.7;

export function plainTitleCaseWords(tokens: readonly WordToken[], text: string, lexicon: Lexicon): readonly WordToken[] {
  const lines = lineRanges(tokens);
  // A headline is a line of its own that does not end like a sentence.
  const titleLines = lines.filter(({ first, last }) => isTitleCase(tokens, first, last) && !/^\s*["'”’)\]]*\s*[.!?:;,]/.test(lineRest(text, tokens, last)));
  if (titleLines.length === 0) return tokens;
  const inTitle = new Set<number>();
  const inCapitals = new Set<number>();
  for (const { first, last } of titleLines) {
    const shouting = isAllCapitals(tokens, first, last);
    for (let index = first; index <= last; index++) {
      inTitle.add(index);
      if (shouting) inCapitals.add(index);
    }
  }
  const capitalisedElsewhere = new Set<string>();
  tokens.forEach((token, index) => {
    if (!inTitle.has(index) && token.capitalised && !token.sentenceStart) capitalisedElsewhere.add(token.lower);
  });
  return tokens.map((token, index) =>
    inTitle.has(index) &&
    token.capitalised &&
    (!token.allCaps || inCapitals.has(index)) &&
    lexicon.commonWords.has(token.lower) &&
    !capitalisedElsewhere.has(token.lower)
      ? { ...token, capitalised: false }
      : token,
  );
}

function lineRest(text: string, tokens: readonly WordToken[], last: number): string {
  const end = tokens[last]!.end;
  const newline = text.indexOf('\n', end);
  return text.slice(end, newline < 0 ? text.length : newline);
}

function lineRanges(tokens: readonly WordToken[]): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  let first = 0;
  for (let index = 1; index <= tokens.length; index++) {
    if (index === tokens.length || tokens[index]!.gapBefore.includes('\n')) {
      if (index > first) ranges.push({ first, last: index - 1 });
      first = index;
    }
  }
  return ranges;
}

/** BREAKING: ISIS SEIZES RAMADI — a line in capitals, where common words are plain words too. */
function isAllCapitals(tokens: readonly WordToken[], first: number, last: number): boolean {
  let capitals = 0;
  for (let index = first; index <= last; index++) if (tokens[index]!.allCaps) capitals++;
  return capitals / (last - first + 1) >= MIN_CAPITALISED_SHARE;
}

function isTitleCase(tokens: readonly WordToken[], first: number, last: number): boolean {
  const count = last - first + 1;
  if (count < MIN_WORDS) return false;
  let capitalised = 0;
  let longWords = 0;
  for (let index = first; index <= last; index++) {
    const token = tokens[index]!;
    if (token.text.length <= 3 && !token.capitalised) continue; // of, in, to stay lower-case in titles
    longWords++;
    if (token.capitalised) capitalised++;
  }
  return longWords >= MIN_WORDS && capitalised / longWords >= MIN_CAPITALISED_SHARE;
}
