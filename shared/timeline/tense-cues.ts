// A month or weekday named without a year is, in news, the most recent one before publication
// ("said on Friday", "in June") — unless the sentence looks ahead: "will close Monday", "is expected
// in December", "plans to ship in January". Then it is the next one.

const FUTURE =
  /\b(?:will|shall|wo|expects?|expected|expecting|scheduled|schedule|plans?|planned|planning|intends?|intended|due|set to|is to|are to|going to|would|upcoming|coming|until|effective|payable)\b|['’]ll\b/i;

/** Whether the words before `index` in its sentence (at most 80 characters) speak of the future. */
export function looksAhead(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return FUTURE.test(before.slice(sentenceStart + 1));
}
