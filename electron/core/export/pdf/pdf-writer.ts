// ExportDocument → PDF with pdfkit, in plain Node: the one PDF writer every door uses. DejaVu Sans
// is embedded (subset) so accented and Arabic names render, and Droid Sans Fallback for what it
// lacks (Chinese, Japanese, Korean); dates inside the file come from the
// note's last save, so exporting the same note twice gives the same bytes.
import PDFDocument from 'pdfkit';
import type { Block, ExportDocument, Inline, ListItem } from '../document-model';
import { isEmptyInline, titleIsFirstHeading } from '../plain-text';
import { safeLinkUrl } from '../safe-link';
import { EVENTS_HEADING, NOTES_HEADING, SOURCES_HEADING, eventEntryText, footnoteText, sourceDetails } from '../wording';
import { fontPath, FONT_FILES, type FontFace } from './font-files';
import { COLORS, PLAIN_STYLE, footnoteDestination, fragmentsOf, styledText, type Fragment } from './fragments';
import { drawableRuns } from './glyph-coverage';

const MARGIN = 64;
const BODY_SIZE = 11;
const HEADING_SIZES = [20, 16, 13.5, 12, 11, 11];
const LIST_INDENT = 18;
const CELL_PADDING = 4;

type Pdf = PDFKit.PDFDocument;

interface Box {
  x: number;
  width: number;
}

export function writePdf(document: ExportDocument): Promise<Buffer> {
  const savedAt = new Date(document.updatedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    // Set at once, so pdfkit never loads its own Helvetica (which has no Arabic).
    font: fontPath('regular'),
    displayTitle: true,
    info: {
      Title: document.title,
      Creator: 'Research Notebook',
      Producer: 'Research Notebook',
      CreationDate: savedAt,
      ModDate: savedAt,
    },
  });
  for (const face of Object.keys(FONT_FILES) as FontFace[]) pdf.registerFont(face, fontPath(face));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const page: Box = { x: MARGIN, width: pdf.page.width - 2 * MARGIN };
  if (!titleIsFirstHeading(document)) heading(pdf, styledText(document.title, { ...PLAIN_STYLE, bold: true }), 1, page);
  for (const block of document.blocks) writeBlock(pdf, block, page);
  writeBackMatter(pdf, document, page);
  pdf.end();
  return finished;
}

function writeBlock(pdf: Pdf, block: Block, box: Box): void {
  switch (block.kind) {
    case 'heading':
      if (!isEmptyInline(block.content)) heading(pdf, fragmentsOf(block.content, { ...PLAIN_STYLE, bold: true }), block.level, box, block.rtl);
      return;
    case 'paragraph':
      if (isEmptyInline(block.content)) pdf.moveDown(0.5);
      else paragraph(pdf, fragmentsOf(block.content), box, { align: block.rtl ? 'right' : 'left' });
      return;
    case 'quote':
      quote(pdf, block.paragraphs, box);
      return;
    case 'list':
      block.items.forEach((item, index) => listItem(pdf, item, listMarker(block.style, block.start + index, item), box));
      return;
    case 'table':
      table(pdf, block.rows, box);
      return;
    case 'code':
      paragraph(pdf, styledText(block.text, { ...PLAIN_STYLE, color: COLORS.muted }), { x: box.x + 12, width: box.width - 12 });
      return;
    case 'rule': {
      pdf.moveDown(0.3);
      const y = pdf.y;
      pdf
        .save()
        .moveTo(box.x, y)
        .lineTo(box.x + box.width, y)
        .lineWidth(0.75)
        .strokeColor('#aaaaaa')
        .stroke()
        .restore();
      pdf.moveDown(0.6);
      return;
    }
  }
}

function heading(pdf: Pdf, fragments: Fragment[], level: number, box: Box, rtl = false): void {
  pdf.moveDown(level === 1 ? 0.2 : 0.6);
  paragraph(pdf, fragments, box, { size: HEADING_SIZES[level - 1] ?? BODY_SIZE, align: rtl ? 'right' : 'left', gap: 4 });
}

/** Writes styled fragments as one paragraph in the box, starting at the current line. */
function paragraph(pdf: Pdf, styled: Fragment[], box: Box, options: { size?: number; align?: 'left' | 'right'; gap?: number } = {}): void {
  const fragments = drawableRuns(pdf, styled);
  if (fragments.length === 0) return;
  const size = options.size ?? BODY_SIZE;
  fragments.forEach((fragment, index) => {
    pdf.font(fragment.face).fontSize(size).fillColor(fragment.color);
    const textOptions: PDFKit.Mixins.TextOptions = {
      continued: index < fragments.length - 1,
      underline: fragment.underline,
      strike: fragment.strike,
      link: fragment.link,
      goTo: fragment.goTo ?? undefined,
      lineGap: 2,
      paragraphGap: options.gap ?? 6,
    };
    if (index === 0) pdf.text(fragment.text, box.x, pdf.y, { ...textOptions, width: box.width, align: options.align ?? 'left' });
    else pdf.text(fragment.text, textOptions);
  });
  pdf.fillColor(COLORS.text);
}

function listMarker(style: 'bullet' | 'number' | 'check', number: number, item: ListItem): string {
  if (style === 'number') return `${number}.`;
  if (style === 'check') return item.checked ? '☑' : '☐';
  return '•';
}

function listItem(pdf: Pdf, item: ListItem, marker: string, box: Box): void {
  const y = pdf.y;
  pdf.font('regular').fontSize(BODY_SIZE).fillColor(COLORS.text).text(marker, box.x, y, { width: LIST_INDENT, lineBreak: false });
  const inner = { x: box.x + LIST_INDENT, width: box.width - LIST_INDENT };
  pdf.y = y;
  if (isEmptyInline(item.content)) pdf.moveDown(1);
  else paragraph(pdf, fragmentsOf(item.content), inner, { gap: 3 });
  for (const child of item.children) writeBlock(pdf, child, inner);
}

function quote(pdf: Pdf, paragraphs: Inline[][], box: Box): void {
  const inner = { x: box.x + 14, width: box.width - 14 };
  const startY = pdf.y;
  const startPage = pdf.page;
  for (const content of paragraphs) paragraph(pdf, fragmentsOf(content, { ...PLAIN_STYLE, italic: true, color: '#444444' }), inner);
  // The bar is drawn when the quote stayed on one page (a bar across a page break would be wrong).
  if (pdf.page === startPage)
    pdf
      .save()
      .moveTo(box.x + 4, startY)
      .lineTo(box.x + 4, pdf.y - 6)
      .lineWidth(2)
      .strokeColor('#bbbbbb')
      .stroke()
      .restore();
}

function table(pdf: Pdf, rows: Extract<Block, { kind: 'table' }>['rows'], box: Box): void {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const columnWidth = box.width / columns;
  const textWidth = columnWidth - 2 * CELL_PADDING;
  pdf.moveDown(0.3);
  for (const row of rows) {
    const cells = Array.from({ length: columns }, (_, index) => row[index] ?? { header: false, content: [] });
    const fragmentsByCell = cells.map((cell) => fragmentsOf(cell.content, { ...PLAIN_STYLE, bold: cell.header }));
    const height =
      Math.max(
        ...fragmentsByCell.map((fragments, index) => {
          pdf.font(cells[index]!.header ? 'bold' : 'regular').fontSize(BODY_SIZE);
          const text = fragments.map((fragment) => fragment.text).join('');
          return text === '' ? pdf.currentLineHeight() : pdf.heightOfString(text, { width: textWidth, lineGap: 2 });
        }),
      ) +
      2 * CELL_PADDING;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    cells.forEach((cell, index) => {
      const x = box.x + index * columnWidth;
      if (cell.header) pdf.save().rect(x, top, columnWidth, height).fill('#eeeeee').restore();
      pdf.save().rect(x, top, columnWidth, height).lineWidth(0.5).strokeColor('#999999').stroke().restore();
      pdf.y = top + CELL_PADDING;
      paragraph(pdf, fragmentsByCell[index]!, { x: x + CELL_PADDING, width: textWidth }, { gap: 0 });
    });
    pdf.x = box.x;
    pdf.y = top + height;
  }
  pdf.moveDown(0.6);
}

function writeBackMatter(pdf: Pdf, document: ExportDocument, box: Box): void {
  if (document.footnotes.length > 0) {
    heading(pdf, styledText(NOTES_HEADING, { ...PLAIN_STYLE, bold: true }), 2, box);
    for (const footnote of document.footnotes) {
      const number = { ...styledText(`[${footnote.number}] `, PLAIN_STYLE)[0]!, goTo: null };
      pdf.addNamedDestination(footnoteDestination(footnote.number), 'XYZ', box.x, pdf.page.height - pdf.y, null);
      paragraph(pdf, [number, ...styledText(footnoteText(footnote, document.sources), PLAIN_STYLE)], box, { size: 10, gap: 3 });
    }
  }
  if (document.sources.length > 0) {
    heading(pdf, styledText(SOURCES_HEADING, { ...PLAIN_STYLE, bold: true }), 2, box);
    for (const source of document.sources) {
      const url = safeLinkUrl(source.url);
      const details = sourceDetails(source).flatMap((part, index) => [
        ...styledText(index === 0 ? ' — ' : '. ', PLAIN_STYLE),
        ...styledText(part, part === source.url && url ? { ...PLAIN_STYLE, color: COLORS.link, link: url } : PLAIN_STYLE),
      ]);
      paragraph(
        pdf,
        [
          ...styledText(`${source.number}. `, PLAIN_STYLE),
          ...styledText(source.title, { ...PLAIN_STYLE, bold: true }),
          ...details,
          ...styledText('.', PLAIN_STYLE),
        ],
        box,
        { size: 10, gap: 3 },
      );
    }
  }
  if (document.events.length > 0) {
    heading(pdf, styledText(EVENTS_HEADING, { ...PLAIN_STYLE, bold: true }), 2, box);
    for (const event of document.events) paragraph(pdf, styledText(`${event.number}. ${eventEntryText(event)}`, PLAIN_STYLE), box, { size: 10, gap: 3 });
  }
}
