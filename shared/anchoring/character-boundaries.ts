// Offsets must never fall inside a character: half a surrogate pair stored in SQLite becomes U+FFFD,
// and a highlight that cuts a letter from its combining marks (Arabic harakat, accents) or an emoji
// from its modifiers draws wrongly. Spans are therefore widened to whole characters, never narrowed.

const ZERO_WIDTH_JOINER = 0x200d;
const COMBINING_MARK = /^\p{M}$/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Emoji skin-tone modifiers attach to the emoji before them. */
function isEmojiModifier(codePoint: number): boolean {
  return codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
}

/** True when the character starting at `offset` belongs to the character before it. */
function continuesPreviousCharacter(text: string, offset: number): boolean {
  const codePoint = text.codePointAt(offset)!;
  return (
    COMBINING_MARK.test(String.fromCodePoint(codePoint)) ||
    isEmojiModifier(codePoint) ||
    codePoint === ZERO_WIDTH_JOINER ||
    text.charCodeAt(offset - 1) === ZERO_WIDTH_JOINER
  );
}

/** True when `offset` splits a surrogate pair or separates a character from what attaches to it. */
export function isInsideCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset))) return true;
  return continuesPreviousCharacter(text, offset);
}

/** Moves a span's start left until it begins a whole character. */
export function snapStartToCharacter(text: string, start: number): number {
  let offset = start;
  while (isInsideCharacter(text, offset)) offset--;
  return offset;
}

/** Moves a span's end right until it closes a whole character. */
export function snapEndToCharacter(text: string, end: number): number {
  let offset = end;
  while (isInsideCharacter(text, offset)) offset++;
  return offset;
}
