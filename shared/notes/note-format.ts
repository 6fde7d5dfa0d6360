// A note's content is Lexical's serialized editor state: a file format, read by the core (links,
// export, Markdown import) as well as by the editor. These are the shapes the project writes; the
// core reads them leniently (an unknown node's text and children are still read).

/** Lexical's text format bits. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** Type strings and current versions of the project's own nodes. A change of shape bumps the version. */
export const ENTITY_MENTION_TYPE = 'entity-mention';
export const ENTITY_MENTION_VERSION = 1;
export const PASSAGE_CITATION_TYPE = 'passage-citation';
/** Version 1 held only the passage id and its quote; version 2 keeps the source it came from. */
export const PASSAGE_CITATION_VERSION = 2;
export const EVENT_MENTION_TYPE = 'event-mention';
export const EVENT_MENTION_VERSION = 1;
export const NEEDS_EVIDENCE_TYPE = 'needs-evidence';
export const NEEDS_EVIDENCE_VERSION = 1;

interface NodeBase {
  type: string;
  version: number;
}

export interface SerializedText extends NodeBase {
  type: 'text';
  text: string;
  /** TEXT_FORMAT bits. */
  format: number;
  style: string;
  mode: 'normal' | 'token' | 'segmented';
  detail: number;
}

export interface SerializedElement extends NodeBase {
  children: SerializedNode[];
  direction: 'ltr' | 'rtl' | null;
  format: string | number;
  indent: number;
  [key: string]: unknown;
}

/** An inline mention of an entity card: shows the card's current name; `name` is kept for a deleted card. */
export interface SerializedEntityMention extends NodeBase {
  type: typeof ENTITY_MENTION_TYPE;
  entityId: string;
  name: string;
  entityType: 'person' | 'organization' | 'place' | 'other';
}

/**
 * An inline mention of a timeline event (or of a dated relation shown as one): shows the event's
 * current title and date; `title` and the date's `edtf`/`label` are kept as they were when mentioned,
 * for an event deleted since and for readers that do not ask the library (null: undated).
 */
export interface SerializedEventMention extends NodeBase {
  type: typeof EVENT_MENTION_TYPE;
  eventId: string;
  title: string;
  edtf: string | null;
  label: string | null;
}

/** The source of a citation as it was when cited (shown, and exported, if the passage goes away). */
export interface CitationSource {
  clippingId: string;
  clippingTitle: string;
  outlet: string | null;
  publishedAt: string | null;
  /** "B2", "B", "2" or null. */
  grade: string | null;
}

/** An inline citation of a passage: its quote (shortened when long) and its source. */
export interface SerializedPassageCitation extends NodeBase, CitationSource {
  type: typeof PASSAGE_CITATION_TYPE;
  passageId: string;
  quote: string;
}

/** Version 1 of a citation, as older notes hold it. */
export interface SerializedPassageCitationV1 extends NodeBase {
  type: typeof PASSAGE_CITATION_TYPE;
  version: 1;
  passageId: string;
  quote: string;
}

/** A claim marked as needing evidence: an inline element around the claim's text. */
export interface SerializedNeedsEvidence extends SerializedElement {
  type: typeof NEEDS_EVIDENCE_TYPE;
}

export type SerializedNode =
  SerializedText | SerializedElement | SerializedEntityMention | SerializedEventMention | SerializedPassageCitation | (NodeBase & Record<string, unknown>);

/** What `editorState.toJSON()` gives and `parseEditorState` takes. (A type, not an interface, so it fits the contract's open object schema.) */
export type NoteContent = {
  root: SerializedElement & { type: 'root' };
};

/** A quote in a citation is shortened to this many characters (with an ellipsis). */
export const CITATION_QUOTE_MAX_CHARS = 280;

export function shortenQuote(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  if (flat.length <= CITATION_QUOTE_MAX_CHARS) return flat;
  const cut = flat.slice(0, CITATION_QUOTE_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > CITATION_QUOTE_MAX_CHARS * 0.7 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** An empty note: one empty paragraph. */
export function emptyNoteContent(): NoteContent {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
    },
  };
}

export function isElement(node: SerializedNode): node is SerializedElement {
  return Array.isArray((node as { children?: unknown }).children);
}

/** Every node of a note, depth first, in document order. */
export function* walkNote(content: NoteContent): Generator<SerializedNode> {
  const stack: SerializedNode[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}
