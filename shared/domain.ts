// Domain types: plain JSON, the same on every side of the contract.
import type { ApiResult } from './errors';
import type { Credibility, Reliability } from './grading';

/** A clipping as the Library list shows it. */
export interface ClippingSummary {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** Partial dates allowed: "2014", "2014-07", "2014-07-02". */
  publishedAt: string | null;
  url: string | null;
  lang: string | null;
  /** ISO-8601 instant the clipping entered the library. */
  capturedAt: string;
  /** The first words of the text, for the list. */
  excerpt: string;
  wordCount: number;
  reliability: Reliability | null;
  credibility: Credibility | null;
  /** Tag names, sorted. */
  tags: string[];
  /** SHA-256 (hex) of the original bytes as they arrived. */
  sha256: string;
  /** The file name it was imported from, or null when pasted. */
  sourceName: string | null;
  /** The clipping this one nearly repeats (word 5-shingle Jaccard ≥ 0.8), when there is one. */
  nearDuplicateOf: { id: string; title: string } | null;
  /** When it was moved to the Trash; null when it is in the Library. */
  trashedAt: string | null;
}

/** A clipping in full, as the Reader shows it. */
export interface Clipping extends ClippingSummary {
  /** The article as plain text: paragraphs separated by blank lines. Never HTML. */
  text: string;
  /** The article as sanitised HTML for the Reader (HTML and DOCX imports), else null. */
  html: string | null;
  /** For paged sources (PDF): the offset in `text` where each page starts. */
  pageStarts: number[] | null;
  importer: string;
  importerVersion: string;
}

/** What an import or paste did: stored it, or found it was already there. */
export interface ImportResult {
  /** The stored clipping; null when it was an exact duplicate and so not stored again. */
  clipping: Clipping | null;
  /** The clipping with the same text, when this one was not stored. */
  duplicateOf: string | null;
  /** The clipping this one nearly repeats (it was stored, and flagged). */
  nearDuplicateOf: string | null;
  /** What the importer kept as text instead of reading it (malformed front matter…); absent when none. */
  warnings?: string[];
}

/** What clippings.importFiles did with each file, in the order they were sent. */
export interface ImportFilesResult {
  results: ApiResult<ImportResult>[];
}

/** The bytes a clipping was made from, exactly as they arrived. */
export interface ClippingOriginal {
  sha256: string;
  mediaType: string;
  byteLength: number;
  fileName: string | null;
  /** The bytes decoded as text when they are text (plain text, Markdown, HTML); else null. */
  text: string | null;
  /** The bytes, base64-encoded, when they are not text (PDF, DOCX); else null. */
  base64: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

/** The values the Library can be filtered by, with how many clippings have each. */
export interface LibraryFacets {
  outlets: FacetValue[];
  tags: FacetValue[];
}

export interface LibraryInfo {
  /** Absolute path of the library file. */
  path: string;
  /** Stable identifier of this library, made when it was created. */
  libraryId: string;
  schemaVersion: number;
  clippingCount: number;
  trashCount: number;
  /** Whether HTML can be imported safely here (DOMPurify works); the reason when not. */
  htmlImport: { available: true } | { available: false; reason: string };
}

export interface BulkResult {
  /** How many clippings changed. */
  count: number;
}

export const PASSAGE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type PassageColor = (typeof PASSAGE_COLORS)[number];

export const ENTITY_TYPES = ['person', 'organization', 'place', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An entity as a passage or a list shows it. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

/** A marked span of a clipping's text, anchored W3C-style so it survives edits to the text. */
export interface Passage {
  id: string;
  clippingId: string;
  clippingTitle: string;
  /** The quoted text with its context either side (TextQuoteSelector). */
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the clipping's text (TextPositionSelector); null while orphaned. */
  start: number | null;
  end: number | null;
  /** exact: where it was; moved: found elsewhere; fuzzy: found with edits; orphaned: not found, quote kept. */
  anchorStatus: 'exact' | 'moved' | 'fuzzy' | 'orphaned';
  color: PassageColor;
  label: string | null;
  comment: string | null;
  entities: EntityRef[];
  createdAt: string;
  updatedAt: string;
}

export interface EntityAttribute {
  key: string;
  value: string;
}

/** A card as lists and search show it. */
export interface EntitySummary extends EntityRef {
  /** The free label of an Other card ("vessel", "weapon system"…). */
  otherLabel: string | null;
  aliases: string[];
  description: string | null;
  /** The analyst's passages linked to it (mentions are not passages). */
  passageCount: number;
  /** Mentions of it (accepted suggestions: a linked span of a clipping), in live clippings. */
  mentionCount: number;
}

/** A clipping that has a passage linked to a card (linked), or mentions it by one of its names without one yet. */
export interface EntityMention {
  clippingId: string;
  title: string;
  linked: boolean;
}

/** A card in full, with its backlinks. */
export interface EntityCard extends EntitySummary {
  attributes: EntityAttribute[];
  /** The best grade among the clippings of its evidence, or null when it has none. */
  grade: { reliability: Reliability | null; credibility: Credibility | null } | null;
  passages: Passage[];
  mentions: EntityMention[];
  /** Live clippings that mention any of its names and have no passage linked to it (not capped like `mentions`). */
  unlinkedMentionCount: number;
  /** Relations in which it is the source or the target. */
  relations: Relation[];
  /** Names of this card that other live cards also carry (allowed, shown as ambiguous). */
  sharedNames: Array<{ name: string; others: EntityRef[] }>;
  createdAt: string;
  updatedAt: string;
}

export interface MergeResult {
  entity: EntityCard;
  /** Pass to entities.undoMerge to take the merge back. */
  mergeId: string;
}

/** A passage as a relation's evidence or a short list shows it. */
export interface PassageRef {
  id: string;
  clippingId: string;
  clippingTitle: string;
  exact: string;
  anchorStatus: Passage['anchorStatus'];
}

/** How two entities relate; `other` carries a free label. */
export const RELATION_TYPES = ['member_of', 'leader_of', 'allied_with', 'opposed_to', 'located_in', 'pledged_allegiance_to', 'other'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** How a relation type reads between two names: "A member of B". */
export const RELATION_TYPE_LABELS: Record<RelationType, string> = {
  member_of: 'member of',
  leader_of: 'leader of',
  allied_with: 'allied with',
  opposed_to: 'opposed to',
  located_in: 'located in',
  pledged_allegiance_to: 'pledged allegiance to',
  other: 'other',
};

/** A directed relation between two cards: source → target, with an optional partial date and evidence. */
export interface Relation {
  id: string;
  source: EntityRef;
  target: EntityRef;
  type: RelationType;
  /** The free text of an `other` relation ("financed by"); null for the named types. */
  label: string | null;
  /** Partial date: "2014", "2014-07", "2014-07-02"; null when undated. */
  date: string | null;
  evidence: PassageRef[];
  createdAt: string;
}

/** Every live card and relation, for the link chart. */
export interface EntityGraph {
  nodes: Array<EntityRef & { otherLabel: string | null }>;
  edges: Array<{ id: string; sourceId: string; targetId: string; type: RelationType; label: string | null }>;
}

/** What accepting suggestions did: mentions made (or passages found) over the spans, and the cards they link to. */
export interface AcceptSuggestionsResult {
  /** The analyst's passages over exactly an accepted span, linked to its card by this call. */
  passageCount: number;
  /** Mentions linked to a card by this call (new ones, or existing ones over the same span). */
  mentionCount: number;
  /** Cards created by this call. */
  createdCount: number;
  entities: EntityRef[];
}

/** What linking a card's unlinked mentions did. */
export interface LinkMentionsResult {
  /** Clippings that now have a passage linked to the card. */
  clippingCount: number;
  /** Passages made by this call: none, since a mention is made instead (kept for older callers). */
  passageCount: number;
  /** Mentions made by this call (a passage or mention already over the same span is linked instead). */
  mentionCount: number;
}

/** A mention in a clipping: a span linked to a card without being one of the analyst's passages. */
export interface ClippingMention {
  id: string;
  start: number;
  end: number;
  exact: string;
  entity: EntityRef;
}

export interface PassageFacets {
  labels: FacetValue[];
}

/** A note as the Notes list shows it. */
export interface NoteSummary {
  id: string;
  title: string;
  /** A folder path like "Syria/2014", or null at the top. */
  folder: string | null;
  tags: string[];
  /** Increases by one with every save; a save names the revision it read. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A note in full: its Lexical content (see shared/notes/note-format.ts). */
/** What a save changed, all autosave needs to name the next revision. */
export interface NoteSaved {
  revision: number;
  updatedAt: string;
}

/** The folders and tags the Notes list can be filtered by, each with how many notes have it. */
export interface NoteFacets {
  folders: FacetValue[];
  tags: FacetValue[];
}

export interface Note extends NoteSummary {
  content: import('./notes/note-format').NoteContent;
}

/** One saved state in a note's history. */
export interface NoteSnapshotSummary {
  revision: number;
  title: string;
  savedAt: string;
  wordCount: number;
}

export interface NoteSnapshot extends NoteSnapshotSummary {
  content: import('./notes/note-format').NoteContent;
}

/** A note that mentions a card or cites a passage (a backlink). */
export interface NoteRef {
  id: string;
  title: string;
  updatedAt: string;
}

/** A cited passage as the editor shows it now; `status` says when it is gone or doubtful. */
export interface CitationState {
  passageId: string;
  status: 'ok' | 'orphaned' | 'trashed' | 'deleted';
  quote: string | null;
  clippingId: string | null;
  clippingTitle: string | null;
  outlet: string | null;
  publishedAt: string | null;
  grade: string | null;
}

/** For the open note: what its claims rest on. */
export interface NoteEvidence {
  passagesCited: number;
  distinctSources: number;
  /** How many cited passages come from sources of each grade ("B2"; "ungraded" for none). */
  grades: FacetValue[];
  /** Claims marked "needs evidence", in order: their text. */
  needsEvidence: string[];
}

export const NOTE_EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type NoteExportFormat = (typeof NOTE_EXPORT_FORMATS)[number];

/** An exported note, for the page to download. */
export interface NoteExport {
  fileName: string;
  mediaType: string;
  base64: string;
}
