// What a search answers, shared by the core, the renderer and the CLI.
import type { SearchKind } from './query-syntax';

/** A counted total at this size means "this many or more": counting every match of a common word costs time. */
export const SEARCH_COUNT_CAP = 1000;

/** One found item: a clipping, a passage, a note, an entity card or a timeline event. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The clipping's or note's title, the card's name, the event's title, a passage's label or quote start. */
  title: string;
  /** Text around the best match, on one line (no mark-up). */
  snippet: string;
  /** Where the matched words are in `snippet`: [start, end) character offsets. */
  highlights: Array<[number, number]>;
  /** Higher is better; comparable across kinds within one answer. */
  score: number;
  /**
   * The first match in the item's own text, for opening it scrolled there: character offsets into the
   * clipping's text, the passage's quote, the note's plain text, the card's or event's description.
   * Null when the match is in the title or a field that is not that text.
   */
  match: { start: number; end: number } | null;
  /** For a passage: its clipping. For a clipping: itself. Otherwise null. */
  clippingId: string | null;
  /** A line of context to show beside the title: outlet and date, card type, event date, note's last edit. */
  detail: string;
}

export interface SearchResults {
  /** Best first (every-word matches first, then the rest by score). */
  hits: SearchHit[];
  /** Matches per kind over the whole library (not only this page); at SEARCH_COUNT_CAP read "or more". */
  counts: Record<SearchKind, number>;
  /** How input that is not valid syntax was read, for the user ("Read the unclosed quote as words."). */
  hints: string[];
  /** The words and phrases searched for after folding, to highlight them in an opened item. */
  terms: string[];
}

/** A row of the quick switcher (Ctrl/Cmd+K). */
export interface SwitcherItem {
  kind: SearchKind;
  id: string;
  title: string;
  /** The alias that matched, the outlet and date, the card type… */
  detail: string;
  /** For passages: their clipping; otherwise null. */
  clippingId: string | null;
}

/** A saved query ("watch term"); `newCount` counts clippings imported since it was last opened that match it. */
export interface SavedSearch {
  id: string;
  name: string;
  query: string;
  createdAt: string;
  /** ISO time it was last opened; new matches are clippings captured after it. */
  lastOpenedAt: string;
  newCount: number;
}

export interface SearchRebuildResult {
  /** Items in the index after the rebuild. */
  items: number;
  ms: number;
}
