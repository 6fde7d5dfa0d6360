// A note as every writer sees it: blocks of inline runs, with citations already numbered as
// footnotes and mentions already resolved to the cards' present names. Writers only lay it out.
import type { CitationState, EntityType } from '../../../shared/domain';

export interface Marks {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
}

export type Inline =
  | { kind: 'text'; text: string; marks: Marks }
  | { kind: 'lineBreak' }
  /** Only http(s) and mailto links survive reading; others become their text. */
  | { kind: 'link'; url: string; children: Inline[] }
  /** `entity` is the number of the card in the Entities appendix. */
  | { kind: 'mention'; entity: number; name: string }
  | { kind: 'citation'; footnote: number }
  /** A timeline event: its title with its date ("the fall of Mosul (June 2014)"); `event` numbers it in Events. */
  | { kind: 'event'; event: number; text: string }
  | { kind: 'needsEvidence'; children: Inline[] };

export type ListStyle = 'bullet' | 'number' | 'check';

export interface ListItem {
  content: Inline[];
  /** For check lists; null otherwise. */
  checked: boolean | null;
  /** Lists nested under this item. */
  children: Block[];
}

export interface TableCell {
  header: boolean;
  content: Inline[];
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[]; rtl: boolean }
  | { kind: 'paragraph'; content: Inline[]; rtl: boolean }
  | { kind: 'list'; style: ListStyle; start: number; items: ListItem[] }
  | { kind: 'quote'; paragraphs: Inline[][] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'rule' };

/** A numbered footnote: one per cited passage, numbered in order of first citation. */
export interface Footnote {
  number: number;
  passageId: string;
  quote: string;
  /** The number of its entry in Sources; null when nothing is known of where it came from. */
  source: number | null;
  /** The passage as the library has it now: ok, orphaned (quote kept), trashed (its clipping), deleted. */
  status: CitationState['status'];
}

/** One cited clipping, listed once however many of its passages are cited. */
export interface Source {
  number: number;
  clippingId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  /** The first 12 hex digits of the SHA-256 of the original bytes; null when the clipping is gone. */
  sha256Prefix: string | null;
  /** "B2", "B–"…; null when ungraded. */
  grade: string | null;
  /** Said beside the entry: the clipping is in the Trash, or no longer in the library. */
  remark: string | null;
}

/** A mentioned card, for the HTML appendix. */
export interface EntityEntry {
  number: number;
  entityId: string;
  name: string;
  type: EntityType;
  /** The free label of an Other card. */
  otherLabel: string | null;
  aliases: string[];
  description: string | null;
  /** The card was deleted; the name is the one the mention kept. */
  deleted: boolean;
}

/** A mentioned event, listed once with its date in the Events section. */
export interface EventEntry {
  number: number;
  eventId: string;
  title: string;
  /** The main date's label ("June 2014"); null when undated. */
  label: string | null;
  /** The other sources' dates when they disagree with the main one. */
  otherDates: string[];
  /** The event was deleted; title and date are the ones the mention kept. */
  deleted: boolean;
}

export interface ExportDocument {
  title: string;
  /** ISO instant of the note's last save; fixes dates inside the files so exports repeat exactly. */
  updatedAt: string;
  blocks: Block[];
  footnotes: Footnote[];
  sources: Source[];
  entities: EntityEntry[];
  events: EventEntry[];
}

export const NO_MARKS: Marks = { bold: false, italic: false, underline: false, strikethrough: false, code: false };
