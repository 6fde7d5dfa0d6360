// Builders for the serialized shapes Lexical 0.52.0's own nodes write (exportJSON), so content the
// core makes (a Markdown import) loads in the editor exactly as if it had been typed there.
// Directions are null, as Lexical writes them until a DOM has rendered the text.
import {
  ENTITY_MENTION_TYPE,
  ENTITY_MENTION_VERSION,
  type SerializedElement,
  type SerializedEntityMention,
  type SerializedNode,
  type SerializedText,
} from './note-format';

export type ListType = 'bullet' | 'number' | 'check';

const elementBase = { direction: null, format: '', indent: 0, version: 1 } as const;

export function textNode(text: string, format = 0): SerializedText {
  return { type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 };
}

export function lineBreakNode(): SerializedNode {
  return { type: 'linebreak', version: 1 };
}

export function horizontalRuleNode(): SerializedNode {
  return { type: 'horizontalrule', version: 1 };
}

/** A paragraph's textFormat/textStyle are those of its first text, as Lexical's reconciler sets them. */
export function paragraphNode(children: SerializedNode[]): SerializedElement {
  return { ...elementBase, type: 'paragraph', textFormat: firstTextFormat(children), textStyle: '', children };
}

export function headingNode(level: number, children: SerializedNode[]): SerializedElement {
  return { ...elementBase, type: 'heading', tag: `h${level}`, children };
}

export function quoteNode(children: SerializedNode[]): SerializedElement {
  return { ...elementBase, type: 'quote', children };
}

export function listNode(listType: ListType, start: number, children: SerializedElement[]): SerializedElement {
  return { ...elementBase, type: 'list', listType, start, tag: listType === 'number' ? 'ol' : 'ul', children };
}

/** `checked` is written only in check lists, as ListItemNode does; `indent` is the depth of the item's list. */
export function listItemNode(value: number, checked: boolean | undefined, indent: number, children: SerializedNode[]): SerializedElement {
  const item: SerializedElement = { ...elementBase, type: 'listitem', value, indent, children };
  if (checked !== undefined) item.checked = checked;
  return item;
}

export function linkNode(url: string, title: string | null, children: SerializedNode[]): SerializedElement {
  return { ...elementBase, type: 'link', url, rel: null, target: null, title, children };
}

export function entityMentionNode(target: { entityId: string; name: string; entityType: SerializedEntityMention['entityType'] }): SerializedEntityMention {
  return { type: ENTITY_MENTION_TYPE, version: ENTITY_MENTION_VERSION, entityId: target.entityId, name: target.name, entityType: target.entityType };
}

function firstTextFormat(nodes: readonly SerializedNode[]): number {
  return firstText(nodes)?.format ?? 0;
}

function firstText(nodes: readonly SerializedNode[]): SerializedText | null {
  for (const node of nodes) {
    if (node.type === 'text') return node as SerializedText;
    const children = (node as { children?: SerializedNode[] }).children;
    const found = Array.isArray(children) ? firstText(children) : null;
    if (found) return found;
  }
  return null;
}
