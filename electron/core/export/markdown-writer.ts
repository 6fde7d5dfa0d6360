// ExportDocument → GitHub-flavoured Markdown: GFM tables and task lists, citations as footnotes
// [^1], a Sources list, an Events list; mentions are plain names, events their titles with their dates. Everything the note says is escaped.
import type { Block, ExportDocument, Inline, ListItem, Marks, Source } from './document-model';
import { isEmptyInline, titleIsFirstHeading } from './plain-text';
import { safeLinkUrl } from './safe-link';
import { EVENTS_HEADING, NEEDS_EVIDENCE_MARK, SOURCES_HEADING, eventEntryText, footnoteText, sourceDetails } from './wording';

type HeadingLevel = Extract<Block, { kind: 'heading' }>['level'];

export function writeMarkdown(document: ExportDocument): string {
  const { title, blocks } = underOneTitle(document);
  const parts: string[] = [title];
  // Two lists in a row would merge into one in Markdown unless the second uses the other marker.
  let previousList: { numbered: boolean; otherMarker: boolean } | null = null;
  for (const block of blocks) {
    const numbered = block.kind === 'list' && block.style === 'number';
    const otherMarker: boolean = block.kind === 'list' && previousList !== null && previousList.numbered === numbered && !previousList.otherMarker;
    const text = blockMarkdown(block, otherMarker);
    if (text === '') continue;
    parts.push(text);
    previousList = block.kind === 'list' ? { numbered, otherMarker } : null;
  }
  if (document.sources.length > 0) {
    parts.push(`## ${SOURCES_HEADING}`);
    parts.push(document.sources.map((source) => `${source.number}. ${sourceMarkdown(source)}`).join('\n'));
  }
  if (document.events.length > 0) {
    parts.push(`## ${EVENTS_HEADING}`);
    parts.push(document.events.map((event) => `${event.number}. ${escapeText(eventEntryText(event))}`).join('\n'));
  }
  if (document.footnotes.length > 0) {
    parts.push(document.footnotes.map((footnote) => `[^${footnote.number}]: ${escapeText(footnoteText(footnote, document.sources))}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * One top-level heading, the title (the note's own first heading when it says the title); the note's
 * headings move down under it as far as needed, keeping their depths relative to each other.
 */
function underOneTitle(document: ExportDocument): { title: string; blocks: Block[] } {
  const first = document.blocks[0];
  const ownTitle = titleIsFirstHeading(document) && first?.kind === 'heading' ? first : null;
  const blocks = ownTitle ? document.blocks.slice(1) : document.blocks;
  const title = `# ${ownTitle ? inlineMarkdown(ownTitle.content, ' ') : escapeText(document.title)}`;
  const levels = blocks.flatMap((block) => (block.kind === 'heading' && !isEmptyInline(block.content) ? [block.level] : []));
  const shift = Math.max(0, 2 - Math.min(2, ...levels));
  const moved = blocks.map((block): Block => (block.kind === 'heading' ? { ...block, level: Math.min(6, block.level + shift) as HeadingLevel } : block));
  return { title, blocks: moved };
}

/** A source's line; its address as an autolink, so escapes never break it. */
function sourceMarkdown(source: Source): string {
  const url = safeLinkUrl(source.url);
  const details = sourceDetails(source).map((part) => (part === source.url && url ? `<${url}>` : escapeText(part)));
  return `${escapeText(source.title)} — ${details.join('. ')}.`;
}

function blockMarkdown(block: Block, otherMarker = false): string {
  switch (block.kind) {
    case 'heading':
      return isEmptyInline(block.content) ? '' : `${'#'.repeat(block.level)} ${inlineMarkdown(block.content, ' ')}`;
    case 'paragraph':
      return isEmptyInline(block.content) ? '' : guardLineStarts(inlineMarkdown(block.content, '\\\n'));
    case 'quote':
      return block.paragraphs
        .filter((paragraph) => !isEmptyInline(paragraph))
        .map((paragraph) => guardLineStarts(inlineMarkdown(paragraph, '\\\n')))
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'list':
      return block.items.map((item, index) => listItemMarkdown(item, listMarker(block.style, block.start + index, item, otherMarker))).join('\n');
    case 'table':
      return tableMarkdown(block.rows.map((row) => row.map((cell) => inlineMarkdown(cell.content, '<br>'))));
    case 'code': {
      const fence = '`'.repeat(Math.max(3, longestRun(block.text, '`') + 1));
      return `${fence}\n${block.text}\n${fence}`;
    }
    case 'rule':
      return '---';
  }
}

function listMarker(style: 'bullet' | 'number' | 'check', number: number, item: ListItem, otherMarker: boolean): string {
  const bullet = otherMarker ? '*' : '-';
  if (style === 'number') return `${number}${otherMarker ? ')' : '.'} `;
  if (style === 'check') return `${bullet} [${item.checked ? 'x' : ' '}] `;
  return `${bullet} `;
}

function listItemMarkdown(item: ListItem, marker: string): string {
  // Continuation lines and nested lists sit under the item's text (a task list's under the "- ").
  const indent = ' '.repeat(/^[-*] \[/u.test(marker) ? 2 : marker.length);
  const lines = [marker + inlineMarkdown(item.content, `\\\n${indent}`)];
  for (const child of item.children) {
    lines.push(
      blockMarkdown(child)
        .split('\n')
        .map((line) => (line === '' ? '' : indent + line))
        .join('\n'),
    );
  }
  return lines.join('\n');
}

function tableMarkdown(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function inlineMarkdown(inlines: readonly Inline[], lineBreak: string): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return markedText(inline.text, inline.marks);
        case 'lineBreak':
          return lineBreak;
        case 'link':
          return `[${inlineMarkdown(inline.children, lineBreak)}](${inline.url.replace(/[()\\]/gu, (c) => `\\${c}`)})`;
        case 'mention':
          return escapeText(inline.name);
        case 'citation':
          return `[^${inline.footnote}]`;
        case 'event':
          return escapeText(inline.text);
        case 'needsEvidence':
          return `${inlineMarkdown(inline.children, lineBreak)} ${escapeText(NEEDS_EVIDENCE_MARK)}`;
      }
    })
    .join('');
}

/** Delimiters hug the words: spaces at either end stay outside them, or CommonMark ignores them. */
function markedText(text: string, marks: Marks): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
  if (core === '') return text;
  let body: string;
  if (marks.code) {
    const ticks = '`'.repeat(longestRun(core, '`') + 1);
    body = core.startsWith('`') || core.endsWith('`') ? `${ticks} ${core} ${ticks}` : `${ticks}${core}${ticks}`;
  } else body = escapeText(core);
  if (marks.strikethrough) body = `~~${body}~~`;
  if (marks.italic) body = `*${body}*`;
  if (marks.bold) body = `**${body}**`;
  if (marks.underline) body = `<u>${body}</u>`;
  return lead + body + trail;
}

/** Backslash-escapes what Markdown would read as syntax inside a line. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/gu, (c) => `\\${c}`).replace(/&(?=#?[a-z0-9]+;)/giu, '&amp;');
}

/** A paragraph line that would start a heading, list, quote or rule is escaped at its start. */
function guardLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/^( {0,3})(#|[-+=](?=\s|$)|(\d{1,9})([.)])(?=\s|$))/u, (_, space: string, mark: string, digits?: string, dot?: string) =>
        digits ? `${space}${digits}\\${dot}` : `${space}\\${mark}`,
      ),
    )
    .join('\n');
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
