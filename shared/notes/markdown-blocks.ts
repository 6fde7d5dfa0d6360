// Markdown block structure: ATX and setext headings, paragraphs, block quotes, bullet, numbered and
// task lists (nested by indentation), horizontal rules and fenced code. Inline text is left as
// source text (with "\n" between its lines) for markdown-inline.ts.
import { NotebookError } from '../errors';
import { NOTE_MAX_DEPTH } from './note-safety';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; paragraphs: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'rule' }
  | { kind: 'code'; lines: string[] };

export interface ListItem {
  /** true / false for a task item ("- [x]" / "- [ ]"), null for a plain one. */
  checked: boolean | null;
  /** The item's own text; its nested lists are in `lists`. */
  text: string;
  lists: Array<Extract<Block, { kind: 'list' }>>;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const LIST_ITEM = /^( *)([-*+]|(\d{1,9})[.)])(?:([ \t]+)(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TASK = /^\[([ xX])\](?:[ \t]+|$)/;

/**
 * Lists nested deeper than this are refused: each level is parsed again from its item's lines (time
 * grows with the square of the depth, and the stack with it), and a note takes two levels per list
 * level, so a deeper list would not fit in NOTE_MAX_DEPTH anyway.
 */
export const MARKDOWN_MAX_LIST_DEPTH = Math.floor((NOTE_MAX_DEPTH - 4) / 2);

export function parseBlocks(markdown: string): Block[] {
  return blocksOf(markdown.replace(/\r\n?/g, '\n').split('\n').map(expandLeadingTabs), 0);
}

/** The blocks of the lines, which sit inside `depth` list items. */
function blocksOf(lines: string[], depth: number): Block[] {
  if (depth > MARKDOWN_MAX_LIST_DEPTH) {
    throw new NotebookError(
      'invalid_input',
      `This Markdown nests lists more than ${MARKDOWN_MAX_LIST_DEPTH} levels deep, more than a note may hold, so it was not imported. Flatten the deepest lists and import it again.`,
      'markdown',
    );
  }
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const end = lines.findIndex((l, k) => k > i && l.trim().startsWith(fence[1]!) && l.trim().replace(/[`~]/g, '') === '');
      const stop = end < 0 ? lines.length : end;
      blocks.push({ kind: 'code', lines: lines.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: (heading[2] ?? '').trim() });
      i++;
    } else if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
    } else if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(lines[i++]!.replace(/^(?: {0,3}> ?)+/, ''));
      blocks.push({ kind: 'quote', paragraphs: paragraphsOf(quoted) });
    } else if (LIST_ITEM.test(line)) {
      i = readList(lines, i, blocks, depth);
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '') {
        const setext = text.length > 0 ? SETEXT.exec(lines[i]!) : null;
        if (setext) {
          blocks.push({ kind: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2, text: joinLines(text) });
          text.length = 0;
          i++;
          break;
        }
        if (text.length > 0 && interruptsParagraph(lines[i]!)) break;
        text.push(lines[i++]!);
      }
      if (text.length > 0) blocks.push({ kind: 'paragraph', text: joinLines(text) });
    }
  }
  return blocks;
}

/** Reads the list starting at line `start` into `blocks`; returns the line after it. */
function readList(lines: string[], start: number, blocks: Block[], depth: number): number {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const indent = first[1]!.length;
  const ordered = first[3] !== undefined;
  const list: Extract<Block, { kind: 'list' }> = { kind: 'list', ordered, start: ordered ? Number(first[3]) : 1, items: [] };
  let i = start;
  while (i < lines.length) {
    const item = LIST_ITEM.exec(lines[i]!);
    if (!item || item[1]!.length !== indent || (item[3] !== undefined) !== ordered) break;
    const spaces = item[4]?.length ?? 1;
    const contentIndent = indent + item[2]!.length + (spaces > 4 ? 1 : spaces);
    const content = [spaces > 4 ? ' '.repeat(spaces - 1) + (item[5] ?? '') : (item[5] ?? '')];
    i++;
    while (i < lines.length) {
      const next = lines[i]!;
      const leading = next.length - next.trimStart().length;
      if (next.trim() === '') {
        // A blank line ends the item unless what follows is indented into it.
        const after = lines.slice(i + 1).find((l) => l.trim() !== '');
        if (after === undefined || after.length - after.trimStart().length < contentIndent) break;
        content.push('');
      } else if (leading >= contentIndent) content.push(next.slice(contentIndent));
      else if (content.at(-1) !== '' && !startsBlock(next))
        content.push(next.trim()); // lazy continuation
      else break;
      i++;
    }
    list.items.push(listItemOf(content, depth + 1));
    while (i < lines.length && lines[i]!.trim() === '' && nextItemFollows(lines, i, indent, ordered)) i++;
  }
  blocks.push(list);
  return i;
}

function nextItemFollows(lines: string[], blank: number, indent: number, ordered: boolean): boolean {
  const next = lines.slice(blank).find((l) => l.trim() !== '');
  const item = next === undefined ? null : LIST_ITEM.exec(next);
  return item !== null && item[1]!.length === indent && (item[3] !== undefined) === ordered;
}

function listItemOf(content: string[], depth: number): ListItem {
  const task = TASK.exec(content[0]!);
  if (task) content[0] = content[0]!.slice(task[0].length);
  const texts: string[] = [];
  const lists: ListItem['lists'] = [];
  for (const block of blocksOf(content, depth)) {
    if (block.kind === 'list') lists.push(block);
    else texts.push(blockText(block));
  }
  return { checked: task ? task[1] !== ' ' : null, text: texts.join('\n'), lists };
}

/** A block inside a list item, as inline text (a list item holds text, not blocks). */
function blockText(block: Exclude<Block, { kind: 'list' }>): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'quote':
      return block.paragraphs.join('\n');
    case 'code':
      return block.lines.join('\n');
    case 'rule':
      return '';
  }
}

/** As in CommonMark, a numbered list interrupts a paragraph only when it starts at 1 ("2014. It was…" does not). */
function interruptsParagraph(line: string): boolean {
  const item = LIST_ITEM.exec(line);
  if (item && item[3] !== undefined) return item[3] === '1' && item[5] !== undefined;
  return startsBlock(line);
}

function startsBlock(line: string): boolean {
  return ATX_HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || FENCE.test(line) || LIST_ITEM.test(line);
}

function paragraphsOf(lines: string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() !== '') current.push(line);
    else if (current.length > 0) {
      paragraphs.push(joinLines(current));
      current = [];
    }
  }
  return paragraphs;
}

/** The lines of one paragraph; a hard break's trailing spaces or backslash is dropped (every new line is kept as one). */
function joinLines(lines: string[]): string {
  return lines.map((line, index) => (index < lines.length - 1 ? line.trim().replace(/\\$/, '') : line.trim())).join('\n');
}

function expandLeadingTabs(line: string): string {
  const leading = /^[ \t]*/.exec(line)![0];
  if (!leading.includes('\t')) return line;
  let column = 0;
  for (const char of leading) column = char === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(column) + line.slice(leading.length);
}
