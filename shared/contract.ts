// The one list of methods. Every door (Electron IPC, browser mode, CLI) validates against it,
// and the renderer's client is typed from it.
import { z } from 'zod';
import { ENTITY_TYPES, NOTE_EXPORT_FORMATS, PASSAGE_COLORS, RELATION_TYPES } from './domain';
import type {
  AcceptSuggestionsResult,
  ClippingMention,
  CitationState,
  Note,
  NoteFacets,
  NoteSaved,
  NoteEvidence,
  NoteExport,
  NoteRef,
  NoteSnapshot,
  NoteSnapshotSummary,
  NoteSummary,
  BulkResult,
  EntityGraph,
  LinkMentionsResult,
  PassageFacets,
  PassageRef,
  Relation,
  Clipping,
  ClippingOriginal,
  ClippingSummary,
  ImportFilesResult,
  ImportResult,
  LibraryFacets,
  EntityCard,
  EntitySummary,
  LibraryInfo,
  MergeResult,
  Page,
  Passage,
} from './domain';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES, type Credibility } from './grading';
import type { EntitySuggestion } from './entities/types';
import { MAX_IMPORT_BATCH_FILES, MAX_TAG_CHARS, MAX_TITLE_CHARS } from './limits';
import { isPartialDate } from './partial-date';
import { edtfDateProblem } from './timeline/edtf-date';
import { SEARCH_KINDS } from './search/query-syntax';
import type { SavedSearch, SearchRebuildResult, SearchResults, SwitcherItem } from './search/types';
import type { TimelineEvent, TimelineEventSummary, TimelineExport, TimelineFacets, TimelineMarkPage, TimelinePage, TimelineSuggestion } from './timeline/types';

/** A method: its input schema, and its result type carried as a phantom. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Never set; carries the result type for the typechecker. */
  readonly _result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const id = z.string().trim().min(1, 'An id is required.').max(100);
const ids = z.array(id).min(1, 'Choose at least one clipping.').max(100_000);
const partialDate = z.string().trim().refine(isPartialDate, 'A date is written 2014, 2014-07 or 2014-07-02.');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const tagName = z.string().trim().min(1, 'A tag needs a name.').max(MAX_TAG_CHARS);
const credibility = z
  .number()
  .int()
  .refine((n): n is Credibility => (CREDIBILITY_GRADES as readonly number[]).includes(n), 'Credibility is a number from 1 to 6.');

export const CLIPPING_SORT_FIELDS = ['captured', 'published', 'title', 'outlet', 'grade'] as const;
export type ClippingSortField = (typeof CLIPPING_SORT_FIELDS)[number];

const listInput = z
  .object({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    sort: z.enum(CLIPPING_SORT_FIELDS).default('captured'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    /** true lists the Trash instead of the Library. */
    trash: z.boolean().default(false),
    filter: z
      .object({
        outlet: z.string().trim().min(1).optional(),
        tag: z.string().trim().min(1).optional(),
        reliability: z.enum(RELIABILITY_GRADES).optional(),
        credibility: credibility.optional(),
        publishedFrom: partialDate.optional(),
        publishedTo: partialDate.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type ClippingListQuery = z.input<typeof listInput>;

const clippingPatch = z
  .object({
    title: z.string().trim().min(1, 'A title cannot be empty.').max(MAX_TITLE_CHARS).optional(),
    outlet: optionalText(300),
    byline: optionalText(500),
    publishedAt: partialDate.nullable().optional(),
    url: optionalText(4000),
    lang: optionalText(35),
    reliability: z.enum(RELIABILITY_GRADES).nullable().optional(),
    credibility: credibility.nullable().optional(),
    tags: z.array(tagName).max(200).optional(),
  })
  .strict();
export type ClippingPatch = z.input<typeof clippingPatch>;

const passageText = (max: number) => z.string().trim().max(max).nullable().optional();
const entityName = z.string().trim().min(1, 'A card needs a name.').max(300);
const entityFields = {
  type: z.enum(ENTITY_TYPES),
  otherLabel: z.string().trim().max(100).nullable().optional(),
  name: entityName,
  aliases: z.array(entityName).max(500).optional(),
  description: z.string().trim().max(5000).nullable().optional(),
  attributes: z
    .array(z.object({ key: z.string().trim().min(1).max(100), value: z.string().trim().max(1000) }).strict())
    .max(200)
    .optional(),
};

const relationFields = {
  type: z.enum(RELATION_TYPES),
  /** The free text of an `other` relation; required for it, ignored for the named types. */
  label: z.string().trim().max(200).nullable().optional(),
  date: partialDate.nullable().optional(),
  /** Passage ids that support the relation. */
  evidence: z.array(id).max(500).optional(),
};

const suggestionInput = z
  .object({
    text: z.string().min(1).max(300),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    type: z.enum(ENTITY_TYPES),
    name: entityName,
    entityId: id.nullable(),
  })
  .strict();

const edtfText = z
  .string()
  .trim()
  .min(1, 'A date is required; leave the event undated instead.')
  .max(100)
  .superRefine((value, context) => {
    const problem = edtfDateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
/** A passage to make as evidence in the same transaction: start..end of a clipping's text. */
const newEvidence = z.object({ clippingId: id, start: z.number().int().min(0), end: z.number().int().min(0) }).strict();
const eventFields = {
  title: z.string().trim().min(1, 'An event needs a title.').max(MAX_TITLE_CHARS),
  description: z.string().trim().max(10_000).nullable().optional(),
  type: z.string().trim().max(100).nullable().optional(),
  participants: z.array(id).max(500).optional(),
  /** A Place card. */
  placeId: id.nullable().optional(),
  tags: z.array(tagName).max(200).optional(),
};
const timelineFilter = z
  .object({
    /** Events involving any of these cards (as participant or place). */
    entityIds: z.array(id).max(500).optional(),
    tags: z.array(tagName).max(200).optional(),
    types: z.array(z.string().trim().min(1).max(100)).max(200).optional(),
    /** Events with at least one evidence passage of these grades ("B2"; "ungraded" for none). */
    grades: z.array(z.string().trim().min(1).max(20)).max(50).optional(),
    /** Days (YYYY-MM-DD, or partial): events whose span touches [from, to]; undated events are kept unless `dated`. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** true: only dated events; false: only undated ones. */
    dated: z.boolean().optional(),
    /** Dated relations between cards, shown as their events. */
    includeRelations: z.boolean().default(true),
  })
  .strict()
  .default({ includeRelations: true });
export type TimelineFilter = z.input<typeof timelineFilter>;

const noteTitle = z.string().trim().max(MAX_TITLE_CHARS);
const noteFolder = z.string().trim().max(500).nullable().optional();
/** Lexical's serialized state; the core checks its outline (a root with children) and its size. */
const noteContent = z.object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).passthrough() }).passthrough();
const revision = z.number().int().min(0);

/** One file, sent base64-encoded; its emptiness and size are checked by the core, which names the limit. */
const importFileInput = z
  .object({
    fileName: z.string().trim().min(1, 'A file name is required.').max(1000),
    contentBase64: z.string(),
  })
  .strict();

export const contract = {
  'library.info': method<LibraryInfo>()(z.object({}).strict()),

  /** Paste: plain text, or HTML from the clipboard (with its plain text as the fallback). */
  'clippings.create': method<ImportResult>()(
    z
      .object({
        title: z.string().max(MAX_TITLE_CHARS, `A title may be at most ${MAX_TITLE_CHARS} characters.`).optional(),
        // Emptiness and size are checked by the service, which names the limit in its error.
        text: z.string().optional(),
        html: z.string().optional(),
      })
      .strict(),
  ),

  'clippings.importFile': method<ImportResult>()(importFileInput),

  /** Several files in one write transaction: a bad file is refused alone, the others are stored. */
  'clippings.importFiles': method<ImportFilesResult>()(
    z
      .object({
        files: z
          .array(importFileInput)
          .min(1, 'Choose at least one file.')
          .max(MAX_IMPORT_BATCH_FILES, `At most ${MAX_IMPORT_BATCH_FILES} files may be imported in one call; send the rest in another.`),
      })
      .strict(),
  ),

  'clippings.list': method<Page<ClippingSummary>>()(listInput),

  'clippings.facets': method<LibraryFacets>()(z.object({}).strict()),

  'clippings.get': method<Clipping>()(z.object({ id }).strict()),

  'clippings.original': method<ClippingOriginal>()(z.object({ id }).strict()),

  'clippings.update': method<Clipping>()(z.object({ id, patch: clippingPatch }).strict()),

  'clippings.tag': method<BulkResult>()(z.object({ ids, add: z.array(tagName).max(200).default([]), remove: z.array(tagName).max(200).default([]) }).strict()),

  'clippings.trash': method<BulkResult>()(z.object({ ids }).strict()),

  'clippings.restore': method<BulkResult>()(z.object({ ids }).strict()),

  /** Marks start..end (UTF-16 offsets into the clipping's text) as a passage. */
  'passages.create': method<Passage>()(
    z
      .object({
        clippingId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        color: z.enum(PASSAGE_COLORS).default('yellow'),
        label: passageText(100),
        comment: passageText(10_000),
      })
      .strict(),
  ),

  'passages.update': method<Passage>()(
    z
      .object({
        id,
        patch: z.object({ color: z.enum(PASSAGE_COLORS).optional(), label: passageText(100), comment: passageText(10_000) }).strict(),
      })
      .strict(),
  ),

  'passages.delete': method<BulkResult>()(z.object({ id }).strict()),

  'passages.link': method<Passage>()(z.object({ passageId: id, entityId: id }).strict()),

  'passages.unlink': method<Passage>()(z.object({ passageId: id, entityId: id }).strict()),

  'entities.create': method<EntityCard>()(z.object(entityFields).strict()),

  'entities.update': method<EntityCard>()(z.object({ id, patch: z.object(entityFields).partial().strict() }).strict()),

  'entities.get': method<EntityCard>()(z.object({ id }).strict()),

  'entities.list': method<Page<EntitySummary>>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        type: z.enum(ENTITY_TYPES).optional(),
      })
      .strict(),
  ),

  /** Fuzzy find by any name or alias; folds case, diacritics, hyphens, al-/el- and transliterations. */
  'entities.find': method<EntitySummary[]>()(
    z.object({ query: z.string().trim().min(1).max(300), limit: z.number().int().min(1).max(100).default(20) }).strict(),
  ),

  /** Unites the absorbed card into the survivor: names, passage links and attributes. Undoable. */
  'entities.merge': method<MergeResult>()(z.object({ survivorId: id, absorbedId: id }).strict()),

  'entities.undoMerge': method<EntityCard>()(z.object({ mergeId: id }).strict()),

  /** Entity suggestions for a clipping: known cards, alias definitions, offline NER; rejected ones left out. */
  'entities.suggest': method<EntitySuggestion[]>()(z.object({ clippingId: id }).strict()),

  /** Remembers that a suggestion is wrong for this clipping, so it is not offered again. */
  'entities.rejectSuggestion': method<BulkResult>()(z.object({ clippingId: id, name: z.string().trim().min(1).max(300), type: z.enum(ENTITY_TYPES) }).strict()),

  /** Deletes a card: its names, passage links and relations go; the passages themselves stay. */
  'entities.delete': method<BulkResult>()(z.object({ id }).strict()),

  /**
   * Accepts suggestions for a clipping in one transaction: each links its span (a mention — or the
   * analyst's passage over exactly that span) to its card — the given entityId, else a live card of that type
   * with that name, else a new card. A span whose text is not the name becomes an alias of the card.
   */
  'entities.acceptSuggestions': method<AcceptSuggestionsResult>()(
    z.object({ clippingId: id, suggestions: z.array(suggestionInput).min(1, 'Choose at least one suggestion.').max(5000) }).strict(),
  ),

  /** Links the card's unlinked mentions: in each clipping (all, or those given), a mention over the first place it is named. */
  'entities.linkMentions': method<LinkMentionsResult>()(z.object({ entityId: id, clippingIds: z.array(id).max(100_000).optional() }).strict()),

  /** Every live card and relation for the link chart, optionally only cards of some types (and relations between them). */
  'entities.graph': method<EntityGraph>()(z.object({ types: z.array(z.enum(ENTITY_TYPES)).optional() }).strict()),

  /** source → target ("A member of B"); a card related to itself, a duplicate, or a member-of/located-in cycle is refused. */
  'relations.create': method<Relation>()(z.object({ sourceId: id, targetId: id, ...relationFields }).strict()),

  'relations.update': method<Relation>()(z.object({ id, patch: z.object(relationFields).partial().strict() }).strict()),

  'relations.delete': method<BulkResult>()(z.object({ id }).strict()),

  /** The labels passages carry, with how many passages have each. */
  'passages.facets': method<PassageFacets>()(z.object({}).strict()),

  'notes.list': method<Page<NoteSummary>>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        /** Words of the title, in any order. */
        query: z.string().trim().max(300).optional(),
        folder: z.string().trim().max(500).optional(),
        tag: z.string().trim().min(1).optional(),
        sort: z.enum(['updated', 'title']).default('updated'),
      })
      .strict(),
  ),

  /** Every folder (with the notes filed in it or below) and every tag of the notes, from all notes. */
  'notes.facets': method<NoteFacets>()(z.object({}).strict()),

  'notes.create': method<Note>()(
    z.object({ title: noteTitle.optional(), folder: noteFolder, tags: z.array(tagName).max(200).optional(), content: noteContent.optional() }).strict(),
  ),

  'notes.get': method<Note>()(z.object({ id }).strict()),

  /**
   * Saves the content (and title) in one transaction, as revision `revision + 1`, and rewrites the
   * note's links to cards and passages. `revision` is the one the editor read: when the note was
   * saved since (another tab or window), answers `conflict` and changes nothing.
   */
  'notes.save': method<NoteSaved>()(z.object({ id, revision, title: noteTitle, content: noteContent }).strict()),

  'notes.update': method<Note>()(
    z.object({ id, patch: z.object({ title: noteTitle.optional(), folder: noteFolder, tags: z.array(tagName).max(200).optional() }).strict() }).strict(),
  ),

  'notes.delete': method<BulkResult>()(z.object({ id }).strict()),

  /** The note's saved states, newest first (a snapshot is kept at most once a minute while typing, and before a restore). */
  'notes.history': method<NoteSnapshotSummary[]>()(z.object({ id }).strict()),

  'notes.snapshot': method<NoteSnapshot>()(z.object({ id, revision }).strict()),

  /** Makes an older snapshot the current content, as a new revision (so the restore itself can be undone). */
  'notes.restore': method<Note>()(z.object({ id, snapshotRevision: revision, revision }).strict()),

  /** Cited passages and their sources, and the claims marked as needing evidence, of the note as saved. */
  'notes.evidence': method<NoteEvidence>()(z.object({ id }).strict()),

  /** Notes that mention the card, cite the passage, or cite any passage of the clipping. */
  'notes.referencing': method<NoteRef[]>()(z.object({ entityId: id.optional(), passageId: id.optional(), clippingId: id.optional() }).strict()),

  /** A Markdown file as a new note: headings, lists, quotes, links; [[Name]] becomes a mention of a card so named. */
  'notes.importMarkdown': method<Note>()(z.object({ fileName: z.string().trim().min(1).max(1000), markdown: z.string() }).strict()),

  'notes.export': method<NoteExport>()(z.object({ id, format: z.enum(NOTE_EXPORT_FORMATS) }).strict()),

  /** The present state of cited passages, for citations in the editor. */
  'passages.citations': method<CitationState[]>()(z.object({ ids: z.array(id).max(5000) }).strict()),

  /** The events of a filter in time order (earliest day, then latest; undated last), dated relations included. */
  'events.list': method<TimelinePage>()(
    z.object({ filter: timelineFilter, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
  ),

  'events.facets': method<TimelineFacets>()(z.object({}).strict()),

  /** An event, or a dated relation shown as one (kind `relation`). */
  'events.get': method<TimelineEvent>()(z.object({ id }).strict()),

  /** Fuzzy find by title, for the @ menu and pickers. */
  'events.find': method<TimelineEventSummary[]>()(
    z.object({ query: z.string().trim().max(300), limit: z.number().int().min(1).max(100).default(20) }).strict(),
  ),

  /**
   * Makes an event. `date` becomes its first dating, backed by `evidence` (passage ids) and
   * `newEvidence` (passages made in the same transaction, e.g. from a suggestion's sentence).
   */
  'events.create': method<TimelineEvent>()(
    z
      .object({
        ...eventFields,
        date: edtfText.nullable().optional(),
        evidence: z.array(id).max(500).optional(),
        newEvidence: z.array(newEvidence).max(50).optional(),
      })
      .strict(),
  ),

  'events.update': method<TimelineEvent>()(z.object({ id, patch: z.object(eventFields).partial().strict() }).strict()),

  /** Deletes an event (its passages stay); events.restore takes it back. */
  'events.delete': method<BulkResult>()(z.object({ id }).strict()),

  'events.restore': method<TimelineEvent>()(z.object({ id }).strict()),

  /** Adds another source's date for the event, with its evidence; a date the event already has gains the evidence. */
  'events.addDating': method<TimelineEvent>()(
    z.object({ eventId: id, date: edtfText, evidence: z.array(id).max(500).optional(), newEvidence: z.array(newEvidence).max(50).optional() }).strict(),
  ),

  'events.updateDating': method<TimelineEvent>()(z.object({ id, date: edtfText.optional(), evidence: z.array(id).max(500).optional() }).strict()),

  'events.removeDating': method<TimelineEvent>()(z.object({ id }).strict()),

  /** Passages as evidence not tied to one dating. */
  'events.addEvidence': method<TimelineEvent>()(
    z.object({ eventId: id, evidence: z.array(id).max(500).optional(), newEvidence: z.array(newEvidence).max(50).optional() }).strict(),
  ),

  'events.removeEvidence': method<TimelineEvent>()(z.object({ eventId: id, passageId: id }).strict()),

  /**
   * events.list with only what the chart draws (id, kind, title, type, each dating's days, flags and
   * label, conflict, participants' ids and names, tags), no evidence read: 4.1 MB instead of 6.4 at 10,000 events.
   */
  'events.marks': method<TimelineMarkPage>()(
    z.object({ filter: timelineFilter, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
  ),

  /** Dated statements in the clipping's text (resolved against its published, else captured, date); rejected ones left out. */
  'timeline.suggest': method<TimelineSuggestion[]>()(z.object({ clippingId: id }).strict()),

  /** Remembers that a date suggestion is wrong for this clipping, so it is not offered again. */
  'timeline.rejectSuggestion': method<BulkResult>()(
    z.object({ clippingId: id, text: z.string().trim().min(1).max(300), edtf: z.string().trim().min(1).max(100) }).strict(),
  ),

  /** Undoes a rejection. */
  'timeline.unrejectSuggestion': method<BulkResult>()(
    z.object({ clippingId: id, text: z.string().trim().min(1).max(300), edtf: z.string().trim().min(1).max(100) }).strict(),
  ),

  /** The filtered timeline as CSV: EDTF date, earliest, latest, title, participants, evidence with source, date and grade. */
  'timeline.export': method<TimelineExport>()(z.object({ filter: timelineFilter, format: z.literal('csv') }).strict()),

  /**
   * Full-text search over clippings, passages, notes, cards and events, in the search box's syntax
   * (words, "phrases", OR, -word, prefix*, outlet: tag: grade: after: before: entity: kind:). Never
   * fails on what is typed: invalid syntax is read literally, with a hint. `kind` narrows to one kind
   * (for paging one group of results).
   */
  'search.query': method<SearchResults>()(
    z
      .object({
        query: z.string().max(20_000),
        kind: z.enum(SEARCH_KINDS).optional(),
        offset: z.number().int().min(0).max(10_000).default(0),
        limit: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),

  /** The quick switcher: fuzzy titles, card names and aliases, notes and events; recently changed items when empty. */
  'search.switcher': method<SwitcherItem[]>()(z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(100).default(20) }).strict()),

  /** Rebuilds the search index from the library's rows (it is derived; nothing is lost). */
  'search.rebuild': method<SearchRebuildResult>()(z.object({}).strict()),

  /** Saved searches ("watch terms"), each with how many clippings imported since it was last opened match it. */
  'search.listSaved': method<SavedSearch[]>()(z.object({}).strict()),

  'search.save': method<SavedSearch>()(
    z.object({ query: z.string().trim().min(1, 'Type a search to save.').max(1000), name: z.string().trim().max(200).optional() }).strict(),
  ),

  'search.deleteSaved': method<BulkResult>()(z.object({ id }).strict()),

  /** The clippings imported since the search was last opened that match it; marks it opened now. */
  'search.openSaved': method<SearchResults>()(z.object({ id }).strict()),

  'passages.list': method<Page<Passage>>()(
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        clippingId: id.optional(),
        color: z.enum(PASSAGE_COLORS).optional(),
        label: z.string().trim().min(1).optional(),
        entityId: id.optional(),
      })
      .strict(),
  ),

  /**
   * What a relation between two cards can cite: the live clippings that mention both (by a name, or
   * with a passage linked to the card), and every passage of those clippings, in reading order.
   */
  'relations.evidenceOptions': method<RelationEvidenceOptions>()(z.object({ entityId: id, otherId: id }).strict()),

  /** Undoes entities.rejectSuggestion: the suggestion is offered again in this clipping. */
  'entities.unrejectSuggestion': method<BulkResult>()(
    z.object({ clippingId: id, name: z.string().trim().min(1).max(300), type: z.enum(ENTITY_TYPES) }).strict(),
  ),

  /** The mentions in a clipping (accepted suggestions), one row per span and card, in text order. */
  'entities.mentionsIn': method<ClippingMention[]>()(z.object({ clippingId: id }).strict()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The clippings that mention both cards of a relation, and their passages (at most 500). */
export interface RelationEvidenceOptions {
  clippings: Array<{ id: string; title: string }>;
  passages: PassageRef[];
}
