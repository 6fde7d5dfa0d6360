// What the fuzz sends the import process (importer.ts) and what it answers.
export interface ImportCase {
  id: number;
  fileName: string;
  path: string;
}

export interface ImportOutcome {
  id: number;
  ms: number;
  outcome: 'clipping' | 'duplicate' | 'error';
  code: string | null;
  /** The error's message, or the start of the clipping's text. */
  message: string;
  /** The share of the clipping's visible characters that are control characters or U+FFFD. */
  garbage: number;
}

/** C0 and C1 control characters other than whitespace, and U+FFFD (what a decoder puts for bad bytes). */
function isGarbage(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/** Whitespace aside, how much of the text is control characters or replacement characters (0..1). */
export function garbageShare(text: string): number {
  let visible = 0;
  let garbage = 0;
  for (const char of text) {
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') continue;
    visible++;
    if (isGarbage(char.codePointAt(0)!)) garbage++;
  }
  return visible === 0 ? 1 : garbage / visible;
}
