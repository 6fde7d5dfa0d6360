// A PDF page's text items (as pdf.js returns them) joined into paragraphs: items on one baseline
// make a line; lines join with a space; a wider gap than the page's usual line spacing, a jump
// back up (a new column) or a line that stops well short of the others ends a paragraph.

export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y] */
  transform: number[];
  width: number;
  height: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  height: number;
}

export function pageText(items: PdfTextItem[]): string {
  const lines = joinLines(items).filter((line) => line.text.trim() !== '');
  if (lines.length === 0) return '';
  const spacing = usualSpacing(lines);
  const paragraphs: string[] = [];
  let paragraph = '';
  lines.forEach((line, index) => {
    const text = line.text.replace(/\s+/gu, ' ').trim();
    const previous = lines[index - 1];
    if (previous !== undefined && endsParagraph(previous, line, spacing, lines)) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
    paragraph = joinLine(paragraph, text);
  });
  paragraphs.push(paragraph);
  return paragraphs.filter((text) => text !== '').join('\n\n');
}

function joinLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 1;
    if (current !== null && Math.abs(current.y - y) > height / 2 && item.str.trim() !== '') {
      lines.push(current);
      current = null;
    }
    if (current === null) current = { text: '', x, y, right: x, height };
    current.text += item.str;
    if (item.str.trim() !== '') current.right = Math.max(current.right, x + item.width);
    current.height = Math.max(current.height, height);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current !== null) lines.push(current);
  return lines;
}

/** The median distance between consecutive baselines going down the page. */
function usualSpacing(lines: Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length === 0) return lines[0]!.height * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

function endsParagraph(previous: Line, line: Line, spacing: number, lines: Line[]): boolean {
  const gap = previous.y - line.y;
  if (gap <= 0 || gap > spacing * 1.4) return true;
  // A line that stops well short of its column's right edge ends its paragraph. The column is
  // the lines that overlap it horizontally, so two-column pages are measured column by column.
  let left = previous.x;
  let right = previous.right;
  for (const other of lines) {
    if (other.x < previous.right && other.right > previous.x) {
      left = Math.min(left, other.x);
      right = Math.max(right, other.right);
    }
  }
  const width = right - left;
  return width > 0 && previous.right < left + width * 0.75;
}

/** Lines join with a space; a word hyphenated across lines keeps its hyphen but no space. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (paragraph.endsWith('\u00ad')) return paragraph.slice(0, -1) + line;
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph + line;
  return `${paragraph} ${line}`;
}
