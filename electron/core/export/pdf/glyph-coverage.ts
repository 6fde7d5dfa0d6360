// pdfkit sets a text in the current font only: a character that font has no glyph for is written
// as glyph 0, which a reader extracts as U+0000. So each fragment is split into runs by the font
// that has each character — its own face, else the fallback (Chinese, Japanese, Korean) — and a
// character no embedded font has becomes U+FFFD, a visible "missing" that reads back as such.
import type { FontFace } from './font-files';
import type { Fragment } from './fragments';

type HasGlyph = (codePoint: number) => boolean;

/** The shape of pdfkit's embedded font: `font` is its fontkit font. */
interface PdfkitFont {
  font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean };
}

export const MISSING_GLYPH = '\uFFFD';
/** Zero-width joiners, variation selectors and the like: nothing to see when no font has them. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
/** Line breaks are pdfkit's to lay out (they never reach a font); a tab is set as a space. */
const LAID_OUT: ReadonlyMap<string, string> = new Map([
  ['\n', '\n'],
  ['\t', ' '],
]);

/** The glyph tests of each document's faces, opened when first needed (the fallback only for a character DejaVu lacks). */
const glyphTests = new WeakMap<PDFKit.PDFDocument, Map<FontFace, HasGlyph>>();

/**
 * The fragments split into runs each of which its face can draw. May open a font in the document
 * (pdfkit loads it once, and embeds only the glyphs written), which changes the current font: set
 * the font again before writing.
 */
export function drawableRuns(pdf: PDFKit.PDFDocument, fragments: readonly Fragment[]): Fragment[] {
  let known = glyphTests.get(pdf);
  if (!known) {
    known = new Map();
    glyphTests.set(pdf, known);
  }
  const tests = known;
  const hasGlyph = (face: FontFace): HasGlyph => {
    let test = tests.get(face);
    if (!test) {
      test = glyphTest(pdf, face);
      tests.set(face, test);
    }
    return test;
  };
  return fragments.flatMap((fragment) => splitByCoverage(fragment, hasGlyph));
}

function splitByCoverage(fragment: Fragment, hasGlyph: (face: FontFace) => HasGlyph): Fragment[] {
  const runs: Fragment[] = [];
  const own = hasGlyph(fragment.face);
  for (const char of fragment.text) {
    const codePoint = char.codePointAt(0)!;
    let face: FontFace = fragment.face;
    let text = LAID_OUT.get(char) ?? char;
    if (!LAID_OUT.has(char) && !own(codePoint)) {
      if (INVISIBLE.test(char)) continue;
      if (hasGlyph('fallback')(codePoint)) face = 'fallback';
      else text = MISSING_GLYPH;
    }
    const last = runs.at(-1);
    if (last?.face === face) last.text += text;
    else runs.push({ ...fragment, face, text });
  }
  return runs;
}

function glyphTest(pdf: PDFKit.PDFDocument, face: FontFace): HasGlyph {
  pdf.font(face);
  const font = (pdf as unknown as { _font?: PdfkitFont })._font?.font;
  const test = font?.hasGlyphForCodePoint;
  if (typeof test !== 'function') throw new Error(`pdfkit did not open the ${face} font as an embedded font; the PDF cannot be written.`);
  return (codePoint) => test.call(font, codePoint);
}
