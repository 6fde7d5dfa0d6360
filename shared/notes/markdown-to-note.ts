// A Markdown file as a note: headings, paragraphs, emphasis, code, lists (bullet, numbered, task,
// nested), block quotes, links, horizontal rules and line breaks, in the JSON Lexical 0.52.0's own
// nodes write. Obsidian's [[Name]] becomes a mention of the card `resolveMention` finds, else the
// plain text Name. The title is the first level-1 heading, else the file name without extension.
// Pure: the core gives it a resolver over the library's cards.
import { parseBlocks, type Block, type ListItem } from './markdown-blocks';
import { parseInline, type ResolveMention } from './markdown-inline';
import { headingNode, horizontalRuleNode, lineBreakNode, listItemNode, listNode, paragraphNode, quoteNode, textNode, type ListType } from './lexical-json';
import { TEXT_FORMAT, type NoteContent, type SerializedElement, type SerializedNode } from './note-format';
import { nodeText } from './note-text';

export type { MentionTarget, ResolveMention } from './markdown-inline';

export interface MarkdownNote {
  title: string;
  content: NoteContent;
}

export interface MarkdownOptions {
  /** The file's name (a path is fine); its name without extension is the title when there is no `#` heading. */
  fileName?: string;
  resolveMention?: ResolveMention;
}

export function markdownToNote(markdown: string, options: MarkdownOptions = {}): MarkdownNote {
  const inline = (text: string) => parseInline(text, options.resolveMention);
  let title: string | null = null;
  const children: SerializedNode[] = [];
  for (const block of parseBlocks(markdown.replace(/^\uFEFF/, ''))) {
    const node = blockNode(block, inline);
    if (title === null && block.kind === 'heading' && block.level === 1) title = nodeText(node).replace(/\s+/gu, ' ').trim() || null;
    children.push(node);
  }
  if (children.length === 0) children.push(paragraphNode([]));
  return {
    title: title ?? titleFromFileName(options.fileName ?? ''),
    content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
  };
}

type Inline = (text: string) => SerializedNode[];

function blockNode(block: Block, inline: Inline): SerializedNode {
  switch (block.kind) {
    case 'heading':
      return headingNode(block.level, inline(block.text));
    case 'paragraph':
      return paragraphNode(inline(block.text));
    case 'quote':
      // A Lexical quote holds inline content: its paragraphs are kept apart by a blank line.
      return quoteNode(block.paragraphs.flatMap((text, index) => [...(index > 0 ? [lineBreakNode(), lineBreakNode()] : []), ...inline(text)]));
    case 'list':
      return list(block, inline);
    case 'rule':
      return horizontalRuleNode();
    case 'code':
      return paragraphNode(
        block.lines.flatMap((line, index) => [...(index > 0 ? [lineBreakNode()] : []), ...(line === '' ? [] : [textNode(line, TEXT_FORMAT.code)])]),
      );
  }
}

/**
 * A list as Lexical nests it: a nested list sits in a list item of its own right after its parent
 * item. Values count the items (start, start+1 …); an item that only holds a nested list takes the
 * value of the item after it, as ListNode numbers them. A list is a check list when its first item
 * is a task; its other items are then unchecked tasks. An item's indent is how deep its list is nested.
 */
function list(block: Extract<Block, { kind: 'list' }>, inline: Inline, depth = 0): SerializedElement {
  const listType: ListType = block.ordered ? 'number' : block.items[0]?.checked !== null ? 'check' : 'bullet';
  const items: SerializedElement[] = [];
  let value = block.start;
  for (const item of block.items) {
    items.push(listItemNode(value++, checkedOf(item, listType), depth, inline(item.text)));
    for (const nested of item.lists) items.push(listItemNode(value, undefined, depth, [list(nested, inline, depth + 1)]));
  }
  return listNode(listType, block.start, items);
}

function checkedOf(item: ListItem, listType: ListType): boolean | undefined {
  return listType === 'check' ? item.checked === true : undefined;
}

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}
