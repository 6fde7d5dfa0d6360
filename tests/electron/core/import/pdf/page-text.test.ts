import { describe, expect, it } from 'vitest';
import { pageText, type PdfTextItem } from '../../../../../electron/core/import/pdf/page-text';

/** An item as pdf.js reports it: text at (x, y), 10 pt high, about 5 pt per character. */
function item(str: string, x: number, y: number, hasEOL = true): PdfTextItem {
  return { str, hasEOL, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10 };
}

describe('pageText', () => {
  it('joins the lines of a paragraph with spaces and splits paragraphs at wider gaps', () => {
    const items = [
      item('The first paragraph runs over two', 72, 700),
      item('lines of the page.', 72, 688),
      item('A second paragraph after a gap that is', 72, 664),
      item('wider than the usual line spacing.', 72, 652),
    ];
    expect(pageText(items)).toBe(
      'The first paragraph runs over two lines of the page.\n\nA second paragraph after a gap that is wider than the usual line spacing.',
    );
  });

  it('joins items on one baseline into one line', () => {
    expect(pageText([item('Split ', 72, 700, false), item('across items', 102, 700)])).toBe('Split across items');
  });

  it('ends a paragraph at a line that stops well short of the column', () => {
    const items = [
      item('Heading', 72, 700),
      item('A body line that runs the whole width of the column here', 72, 688),
      item('and continues to the end of the paragraph here now.', 72, 676),
    ];
    expect(pageText(items)).toBe('Heading\n\nA body line that runs the whole width of the column here and continues to the end of the paragraph here now.');
  });

  it('starts a new paragraph where the text jumps back up (a second column)', () => {
    const items = [item('Left column text', 72, 700), item('continues here.', 72, 688), item('Right column text', 320, 700), item('continues too.', 320, 688)];
    expect(pageText(items)).toBe('Left column text continues here.\n\nRight column text continues too.');
  });

  it('keeps the hyphen of a word broken across lines, without a space', () => {
    const items = [item('Fighters held the crossing on the road to the well-', 72, 700), item('known river bank.', 72, 688)];
    expect(pageText(items)).toBe('Fighters held the crossing on the road to the well-known river bank.');
  });

  it('gives an empty page empty text', () => {
    expect(pageText([])).toBe('');
    expect(pageText([item('   ', 72, 700)])).toBe('');
  });
});
