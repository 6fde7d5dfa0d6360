// Stored text never holds control characters other than tab and line feed: a stray NUL, escape or
// carriage return from a damaged file would otherwise reach the Reader, search and the terminal.
import type { ImportedDocument } from './types';

// C0 controls except \t (09) and \n (0A), and DEL.
const STRAY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/u;
const STRAY_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/gu;

export function hasStrayControls(text: string): boolean {
  return STRAY_CONTROL.test(text);
}

export function stripStrayControls(text: string): string {
  return text.replace(STRAY_CONTROLS, '');
}

/** The document with control characters gone from its text and metadata; page offsets follow the text. */
export function withoutControlCharacters(document: ImportedDocument): ImportedDocument {
  const line = (value: string | null) => (value === null ? null : stripStrayControls(value));
  return {
    ...document,
    text: stripStrayControls(document.text),
    pageStarts: document.pageStarts === null ? null : shiftedOffsets(document.text, document.pageStarts),
    title: line(document.title),
    outlet: line(document.outlet),
    byline: line(document.byline),
    publishedAt: line(document.publishedAt),
    url: line(document.url),
    lang: line(document.lang),
  };
}

/** Each offset into `text` moved back by the control characters removed before it. */
function shiftedOffsets(text: string, offsets: number[]): number[] {
  if (!hasStrayControls(text)) return offsets;
  const removedBefore = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    removedBefore[i + 1] = removedBefore[i]! + (STRAY_CONTROL.test(text[i]!) ? 1 : 0);
  }
  return offsets.map((offset) => offset - removedBefore[Math.min(offset, text.length)]!);
}
