// Lexical's serialized state → blocks of inline runs. Read leniently: a node of an unknown type
// still gives its text and its children, so a newer or foreign note exports without losing words.
import {
  ENTITY_MENTION_TYPE,
  EVENT_MENTION_TYPE,
  NEEDS_EVIDENCE_TYPE,
  PASSAGE_CITATION_TYPE,
  TEXT_FORMAT,
  isElement,
  type NoteContent,
  type SerializedElement,
  type SerializedNode,
} from '../../../shared/notes/note-format';
import type { Block, Inline, ListItem, ListStyle, Marks, TableCell } from './document-model';
import { safeLinkUrl } from './safe-link';

/** How a citation or a mention reads: numbered and named by the document builder. */
export interface ReferenceResolver {
  /** The footnote number of a cited passage (the same passage keeps its first number). */
  cite(node: Record<string, unknown>): number;
  mention(node: Record<string, unknown>): { entity: number; name: string };
  /** An event's number in Events and its text with its date. */
  event(node: Record<string, unknown>): { event: number; text: string };
}

type NodeRecord = SerializedNode & Record<string, unknown>;

const INLINE_CONTAINERS = new Set(['link', 'autolink', NEEDS_EVIDENCE_TYPE]);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'table', 'horizontalrule', 'code']);

export function readNote(content: NoteContent, references: ReferenceResolver): Block[] {
  return readBlocks(content.root.children as NodeRecord[], references);
}

function readBlocks(nodes: NodeRecord[], references: ReferenceResolver): Block[] {
  const blocks: Block[] = [];
  let looseInlines: NodeRecord[] = [];
  const flushLoose = () => {
    if (looseInlines.length > 0) blocks.push({ kind: 'paragraph', content: readInlines(looseInlines, references), rtl: false });
    looseInlines = [];
  };
  for (const node of nodes) {
    if (!isBlockNode(node)) {
      looseInlines.push(node);
      continue;
    }
    flushLoose();
    const block = readBlock(node, references);
    if (Array.isArray(block)) blocks.push(...block);
    else blocks.push(block);
  }
  flushLoose();
  return blocks;
}

/** A known block, or an unknown element that holds blocks (read as its blocks). */
function isBlockNode(node: NodeRecord): boolean {
  if (BLOCK_TYPES.has(node.type)) return true;
  return isElement(node) && !INLINE_CONTAINERS.has(node.type) && (node.children as NodeRecord[]).some(isBlockNode);
}

function readBlock(node: NodeRecord, references: ReferenceResolver): Block | Block[] {
  const children = isElement(node) ? (node.children as NodeRecord[]) : [];
  const rtl = (node as Partial<SerializedElement>).direction === 'rtl';
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', content: readInlines(children, references), rtl };
    case 'heading':
      return { kind: 'heading', level: headingLevel(node.tag), content: readInlines(children, references), rtl };
    case 'quote':
      return { kind: 'quote', paragraphs: splitParagraphs(children, references) };
    case 'list':
      return readList(node, references);
    case 'table':
      return { kind: 'table', rows: children.map((row) => readTableRow(row, references)) };
    case 'horizontalrule':
      return { kind: 'rule' };
    case 'code':
      return { kind: 'code', text: plainTextOf(children) };
    default:
      return readBlocks(children, references);
  }
}

function headingLevel(tag: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = typeof tag === 'string' ? Number(tag.replace(/^h/u, '')) : NaN;
  return (level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6;
}

function readList(node: NodeRecord, references: ReferenceResolver): Block {
  const style: ListStyle = node.listType === 'number' || node.listType === 'check' ? node.listType : 'bullet';
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 ? node.start : 1;
  const items: ListItem[] = [];
  for (const child of isElement(node) ? (node.children as NodeRecord[]) : []) {
    const grandchildren = isElement(child) ? (child.children as NodeRecord[]) : [child];
    const nested = grandchildren.filter((n) => n.type === 'list').map((n) => readList(n, references));
    const inline = grandchildren.filter((n) => n.type !== 'list');
    // Lexical nests a list in an item of its own, right after the item it belongs under.
    if (inline.length === 0 && nested.length > 0 && items.length > 0) {
      items[items.length - 1]!.children.push(...nested);
      continue;
    }
    const checked = style === 'check' ? child.checked === true : null;
    items.push({ content: readInlines(inline, references), checked, children: nested });
  }
  return { kind: 'list', style, start, items };
}

function readTableRow(row: NodeRecord, references: ReferenceResolver): TableCell[] {
  const cells = isElement(row) ? (row.children as NodeRecord[]) : [];
  return cells.map((cell) => ({
    // Lexical's headerState: 1 marks a header row, 2 a header column.
    header: typeof cell.headerState === 'number' && cell.headerState !== 0,
    content: joinWithBreaks(splitParagraphs(isElement(cell) ? (cell.children as NodeRecord[]) : [], references)),
  }));
}

/** Block children flattened to paragraphs of inlines (quotes and cells hold inline runs only). */
function splitParagraphs(nodes: NodeRecord[], references: ReferenceResolver): Inline[][] {
  const paragraphs: Inline[][] = [];
  let loose: NodeRecord[] = [];
  const flush = () => {
    if (loose.length > 0) paragraphs.push(readInlines(loose, references));
    loose = [];
  };
  for (const node of nodes) {
    if (isBlockNode(node) && isElement(node)) {
      flush();
      paragraphs.push(...splitParagraphs(node.children as NodeRecord[], references));
    } else loose.push(node);
  }
  flush();
  return paragraphs;
}

function joinWithBreaks(paragraphs: Inline[][]): Inline[] {
  return paragraphs.flatMap((paragraph, index) => (index === 0 ? paragraph : [{ kind: 'lineBreak' as const }, ...paragraph]));
}

function readInlines(nodes: NodeRecord[], references: ReferenceResolver): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) inlines.push(...readInline(node, references));
  return closeUpPunctuation(mergeAdjacentText(inlines));
}

const REFERENCE_KINDS = new Set<Inline['kind']>(['mention', 'event', 'citation']);
const SPACE_BEFORE_PUNCTUATION = /^\s+(?=[,.;:!?)\]}’”»])/u;

/** The editor puts a space after an inserted mention or citation; a comma typed next belongs against it ("al-Shishani, the"). */
function closeUpPunctuation(inlines: Inline[]): Inline[] {
  return inlines.map((inline, index) => {
    const previous = inlines[index - 1];
    if (inline.kind !== 'text' || previous === undefined || !REFERENCE_KINDS.has(previous.kind)) return inline;
    return { ...inline, text: inline.text.replace(SPACE_BEFORE_PUNCTUATION, '') };
  });
}

function readInline(node: NodeRecord, references: ReferenceResolver): Inline[] {
  switch (node.type) {
    case 'linebreak':
      return [{ kind: 'lineBreak' }];
    case ENTITY_MENTION_TYPE:
      return [{ kind: 'mention', ...references.mention(node) }];
    case EVENT_MENTION_TYPE:
      return [{ kind: 'event', ...references.event(node) }];
    case PASSAGE_CITATION_TYPE:
      return typeof node.passageId === 'string' ? [{ kind: 'citation', footnote: references.cite(node) }] : [];
    case NEEDS_EVIDENCE_TYPE:
      return [{ kind: 'needsEvidence', children: readInlines(childrenOf(node), references) }];
    case 'link':
    case 'autolink': {
      const children = readInlines(childrenOf(node), references);
      const url = safeLinkUrl(node.url);
      return url === null ? children : [{ kind: 'link', url, children }];
    }
  }
  if (typeof node.text === 'string') return node.text === '' ? [] : [{ kind: 'text', text: node.text, marks: marksOf(node.format) }];
  if (isElement(node)) {
    // A paragraph inside an inline context (a cell, a quote) reads as a line of its own.
    const inner = readInlines(node.children as NodeRecord[], references);
    return BLOCK_TYPES.has(node.type) ? [{ kind: 'lineBreak' }, ...inner] : inner;
  }
  return [];
}

function childrenOf(node: NodeRecord): NodeRecord[] {
  return isElement(node) ? (node.children as NodeRecord[]) : [];
}

function marksOf(format: unknown): Marks {
  const bits = typeof format === 'number' ? format : 0;
  return {
    bold: (bits & TEXT_FORMAT.bold) !== 0,
    italic: (bits & TEXT_FORMAT.italic) !== 0,
    underline: (bits & TEXT_FORMAT.underline) !== 0,
    strikethrough: (bits & TEXT_FORMAT.strikethrough) !== 0,
    code: (bits & TEXT_FORMAT.code) !== 0,
  };
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strikethrough === b.strikethrough && a.code === b.code;
}

/** Lexical splits text at every format change; writers want one run per stretch of equal marks. */
function mergeAdjacentText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged[merged.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && sameMarks(last.marks, inline.marks)) {
      merged[merged.length - 1] = { ...last, text: last.text + inline.text };
    } else merged.push(inline);
  }
  return merged;
}

function plainTextOf(nodes: NodeRecord[]): string {
  return nodes.map((node) => (node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : plainTextOf(childrenOf(node)))).join('');
}
