// What a stored note may hold, whoever wrote the JSON (the editor, a paste, the API, an import):
// links only to web and mail addresses, no inline CSS, and a nesting depth every reader can walk.
// Internal references (mentions of cards, citations of passages) are nodes of their own, not links.
import type { NoteContent, SerializedNode } from './note-format';

/**
 * Deepest nesting of nodes a note may have (the root counts as 1). A list item nested in the editor
 * adds two levels (list, item), so this is ~49 list levels; readers of notes recurse, and a depth of
 * thousands would overflow their stack.
 */
export const NOTE_MAX_DEPTH = 100;

const LINK_TYPES = new Set(['link', 'autolink']);
const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a link may keep, or null. Parsed as the browser would (which drops tabs and new lines
 * inside a scheme, so "java\tscript:" is javascript:), then checked against an allow list, so any
 * obfuscation that is not a web or mail address is refused.
 */
export function safeNoteLinkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return ALLOWED_LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether some node of the note lies deeper than `limit`; iterative, so any depth can be checked. */
export function nestsDeeperThan(content: NoteContent, limit: number): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: content.root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > limit) return true;
    const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

/**
 * The note without what it may not store: a link to any other scheme becomes its text (a safe
 * link keeps its address as written), and inline CSS (`style`, `textStyle`) is emptied. Recursive: call it on content within NOTE_MAX_DEPTH.
 */
export function withoutUnsafeContent(content: NoteContent): NoteContent {
  return { ...content, root: cleanNode(content.root) as NoteContent['root'] };
}

function cleanNode(node: SerializedNode): SerializedNode {
  if (typeof node !== 'object' || node === null) return node;
  const clean: Record<string, unknown> = { ...node };
  if (typeof clean.style === 'string') clean.style = '';
  if (typeof clean.textStyle === 'string') clean.textStyle = '';
  if (Array.isArray(clean.children)) clean.children = cleanChildren(clean.children as SerializedNode[]);
  return clean as SerializedNode;
}

/** Children cleaned; a link that may not stay one is replaced by its own children (its text). */
function cleanChildren(children: readonly SerializedNode[]): SerializedNode[] {
  return children.flatMap((child) => {
    const clean = cleanNode(child);
    if (typeof clean !== 'object' || clean === null || !LINK_TYPES.has(clean.type)) return [clean];
    const link = clean as { url?: unknown; children?: unknown };
    if (safeNoteLinkUrl(link.url) !== null) return [clean];
    return Array.isArray(link.children) ? (link.children as SerializedNode[]) : [];
  });
}
