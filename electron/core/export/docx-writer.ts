// ExportDocument → a Word document through the `docx` package: headings, formatted runs, real
// numbered and bulleted lists, tables, links; mentions are plain names. Citations are real Word
// footnotes (the footnotes part), each saying the quote, its source, grade and SHA-256 prefix. Word
// numbers footnotes by position, so a passage cited twice gets a footnote at each place, both in full.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, ExportDocument, Inline, ListItem, Marks } from './document-model';
import { NO_MARKS } from './document-model';
import { hasRtlText } from './rtl-text';
import { isEmptyInline, titleIsFirstHeading } from './plain-text';
import { safeLinkUrl } from './safe-link';
import { EVENTS_HEADING, NEEDS_EVIDENCE_MARK, SOURCES_HEADING, eventEntryText, footnoteText, sourceDetails } from './wording';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const BULLETS = ['•', '◦', '▪'];
const INDENT_PER_LEVEL = 360;
const BULLET_LIST = 'bullet-list';
const numberListReference = (start: number) => `number-list-from-${start}`;

/** Writing state: each numbered list needs an instance of its own so its numbering starts afresh. */
interface DocxContext {
  nextListInstance: number;
  numberStarts: Set<number>;
  /** What each numbered footnote says, for the Word footnote put at each citation of it. */
  footnoteParagraph(number: number): Paragraph;
}

export async function writeDocx(document: ExportDocument): Promise<Buffer> {
  const context: DocxContext = {
    nextListInstance: 1,
    numberStarts: new Set([1]),
    footnoteParagraph: (number) => footnoteParagraph(number, document),
  };
  const children: Array<Paragraph | Table> = [];
  if (!titleIsFirstHeading(document)) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }));
  for (const block of document.blocks) children.push(...blockDocx(block, context, 0));
  children.push(...backMatter(document));
  const docx = new Document({
    title: document.title,
    creator: 'Research Notebook',
    numbering: {
      config: [
        { reference: BULLET_LIST, levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length]! })) },
        ...[...context.numberStarts].map((start) => ({
          reference: numberListReference(start),
          levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start: level === 0 ? start : 1 })),
        })),
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(docx);
}

function levels(make: (level: number) => Pick<ILevelsOptions, 'format' | 'text'> & { start?: number }): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: INDENT_PER_LEVEL * (level + 1), hanging: INDENT_PER_LEVEL } } },
    ...make(level),
  }));
}

function blockDocx(block: Block, context: DocxContext, depth: number): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return isEmptyInline(block.content)
        ? []
        : [new Paragraph({ heading: HEADINGS[block.level - 1], bidirectional: block.rtl, children: runs(block.content, context) })];
    case 'paragraph':
      return [new Paragraph({ bidirectional: block.rtl, children: runs(block.content, context) })];
    case 'quote':
      return block.paragraphs.map(
        (paragraph) =>
          new Paragraph({
            indent: { left: 720 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'AAAAAA', space: 8 } },
            children: runs(paragraph, context, { ...NO_MARKS, italic: true }),
          }),
      );
    case 'list':
      return listDocx(block, context, depth);
    case 'table':
      return [tableDocx(block.rows, context)];
    case 'code':
      return block.text.split('\n').map(
        (line) =>
          new Paragraph({
            shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' },
            children: [new TextRun({ text: line, font: 'Consolas' })],
          }),
      );
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } }, children: [] })];
  }
}

function listDocx(list: Extract<Block, { kind: 'list' }>, context: DocxContext, depth: number): Array<Paragraph | Table> {
  const level = Math.min(depth, 8);
  let numbering: { reference: string; level: number; instance: number } | undefined;
  if (list.style === 'number') {
    context.numberStarts.add(list.start);
    numbering = { reference: numberListReference(list.start), level, instance: context.nextListInstance++ };
  } else if (list.style === 'bullet') numbering = { reference: BULLET_LIST, level, instance: context.nextListInstance++ };
  return list.items.flatMap((item: ListItem) => [
    numbering
      ? new Paragraph({ numbering, children: runs(item.content, context) })
      : new Paragraph({
          indent: { left: INDENT_PER_LEVEL * (level + 1), hanging: INDENT_PER_LEVEL },
          children: [new TextRun(item.checked ? '☒ ' : '☐ '), ...runs(item.content, context)],
        }),
    ...item.children.flatMap((child) => blockDocx(child, context, depth + 1)),
  ]);
}

function tableDocx(rows: Extract<Block, { kind: 'table' }>['rows'], context: DocxContext): Table {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.length > 0 && row.every((cell) => cell.header),
          children: Array.from({ length: width }, (_, index) => {
            const cell = row[index];
            return new TableCell({
              shading: cell?.header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
              children: [new Paragraph({ children: cell ? runs(cell.content, context, { ...NO_MARKS, bold: cell.header }) : [] })],
            });
          }),
        }),
    ),
  });
}

interface RunStyle {
  /** Inside a needs-evidence claim. */
  highlight?: boolean;
  /** Inside a link. */
  link?: boolean;
}

/** Inline runs; `base` marks add to each run's own (a quote's italics, a header cell's bold). */
function runs(inlines: readonly Inline[], context: DocxContext, base: Marks = NO_MARKS, style: RunStyle = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case 'text':
        return [textRun(inline.text, mergeMarks(base, inline.marks), style)];
      case 'lineBreak':
        return [new TextRun({ break: 1 })];
      case 'link':
        return [new ExternalHyperlink({ link: inline.url, children: runs(inline.children, context, base, { ...style, link: true }) })];
      case 'mention':
        return [textRun(inline.name, base, style)];
      case 'event':
        return [textRun(inline.text, base, style)];
      case 'citation':
        return [new FootnoteReferenceRun({ children: [context.footnoteParagraph(inline.footnote)] })];
      case 'needsEvidence':
        return [
          ...runs(inline.children, context, base, { ...style, highlight: true }),
          new TextRun({ text: ` ${NEEDS_EVIDENCE_MARK}`, highlight: 'yellow', color: '8A5A00', size: 18 }),
        ];
    }
  });
}

function textRun(text: string, marks: Marks, style: RunStyle): TextRun {
  return new TextRun({
    text,
    style: style.link ? 'Hyperlink' : undefined,
    bold: marks.bold,
    italics: marks.italic,
    underline: marks.underline ? {} : undefined,
    strike: marks.strikethrough,
    font: marks.code ? 'Consolas' : undefined,
    highlight: style.highlight ? 'yellow' : undefined,
    rightToLeft: hasRtlText(text),
  });
}

function mergeMarks(a: Marks, b: Marks): Marks {
  return {
    bold: a.bold || b.bold,
    italic: a.italic || b.italic,
    underline: a.underline || b.underline,
    strikethrough: a.strikethrough || b.strikethrough,
    code: a.code || b.code,
  };
}

/** A footnote's text, after the number Word puts in front of it. */
function footnoteParagraph(number: number, document: ExportDocument): Paragraph {
  const footnote = document.footnotes.find((candidate) => candidate.number === number);
  if (!footnote) throw new Error(`Citation [${number}] has no footnote in the document.`);
  const text = ` ${footnoteText(footnote, document.sources)}`;
  return new Paragraph({ style: 'FootnoteText', children: [new TextRun({ text, rightToLeft: hasRtlText(footnote.quote) })] });
}

function backMatter(document: ExportDocument): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (document.sources.length > 0) {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SOURCES_HEADING)] }));
    for (const source of document.sources) {
      const url = safeLinkUrl(source.url);
      const details = sourceDetails(source).flatMap((part, index): ParagraphChild[] => [
        new TextRun(index === 0 ? ' — ' : '. '),
        part === source.url && url ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: part, style: 'Hyperlink' })] }) : new TextRun(part),
      ]);
      paragraphs.push(
        new Paragraph({ children: [new TextRun(`${source.number}. `), new TextRun({ text: source.title, bold: true }), ...details, new TextRun('.')] }),
      );
    }
  }
  if (document.events.length > 0) {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(EVENTS_HEADING)] }));
    for (const event of document.events) paragraphs.push(new Paragraph({ children: [new TextRun(`${event.number}. `), new TextRun(eventEntryText(event))] }));
  }
  return paragraphs;
}
