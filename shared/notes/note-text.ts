// The text of a note as a reader sees it, for word counts, history rows, claims marked as needing
// evidence and plain exports. Lenient like every reader of the format: an unknown node still gives
// its text and its children's.
import { countWords } from '../text';
import { eventWithDate, storedEventLabel, storedEventTitle } from './event-mention';
import { ENTITY_MENTION_TYPE, EVENT_MENTION_TYPE, isElement, type NoteContent, type SerializedNode } from './note-format';

/** Elements whose text stands on its own line(s); inline elements (links, needs-evidence) do not. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'needs-evidence', 'mark', 'hashtag']);

/** The text inside a node: text, line breaks, tabs, mention names and event titles with their dates; blocks end with a new line. */
export function nodeText(node: SerializedNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\n+$/u, '');
}

export function noteText(content: NoteContent): string {
  return nodeText(content.root);
}

export function noteWordCount(content: NoteContent): number {
  return countWords(noteText(content));
}

function collect(node: SerializedNode, parts: string[]): void {
  const record = node as Record<string, unknown>;
  if (node.type === 'linebreak') parts.push('\n');
  else if (node.type === 'tab') parts.push('\t');
  else if (node.type === ENTITY_MENTION_TYPE && typeof record.name === 'string') parts.push(record.name);
  else if (node.type === EVENT_MENTION_TYPE) parts.push(eventWithDate(storedEventTitle(record), storedEventLabel(record)));
  else if (typeof record.text === 'string') parts.push(record.text);
  if (!isElement(node)) return;
  for (const child of node.children) collect(child, parts);
  if (node.type !== 'root' && !INLINE_ELEMENTS.has(node.type) && !parts.at(-1)?.endsWith('\n')) parts.push('\n');
}
