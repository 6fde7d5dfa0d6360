// What the timeline shows and keeps: events placed in time as precisely as their sources allow.
// An event may carry several datings when sources disagree, each with its own evidence; a dated
// relation between two cards is shown as an event of theirs, read from the relation (never stored twice).
import type { EntityRef, PassageRef } from '../domain';
import type { Credibility, Reliability } from '../grading';
import type { EdtfDate } from './edtf-date';
import type { DateSuggestion } from './date-suggestions';

/** A passage as evidence on the timeline: where it comes from and how its source is graded. */
export interface EventEvidence extends PassageRef {
  outlet: string | null;
  /** The clipping's published date (partial ISO), null when unknown. */
  publishedAt: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
  /** "B2", "B–", "" when ungraded (formatGrade). */
  grade: string;
}

/** One source's date for an event, with the passages that give it. */
export interface EventDating extends EdtfDate {
  id: string;
  evidence: EventEvidence[];
}

/** An event's grade from its evidence: the best and the worst source; null when it has no graded evidence. */
export interface EventGrade {
  best: string;
  worst: string;
}

/** `event`: made by the analyst; `relation`: a dated relation between two cards, read from the relation. */
export const TIMELINE_ITEM_KINDS = ['event', 'relation'] as const;
export type TimelineItemKind = (typeof TIMELINE_ITEM_KINDS)[number];

export interface TimelineEvent {
  /** An event's id; for kind `relation`, the relation's id. */
  id: string;
  kind: TimelineItemKind;
  title: string;
  description: string | null;
  /** Free event type ("attack", "meeting"…); a relation's type label for kind `relation`. */
  type: string | null;
  /** Datings, the first one the event's main date; empty when undated. Two or more when sources disagree. */
  datings: EventDating[];
  /** True when two datings cover no common day: the sources disagree. */
  conflict: boolean;
  participants: EntityRef[];
  /** A Place card, or null. */
  place: EntityRef | null;
  tags: string[];
  /** Evidence not tied to one dating (every dating's evidence is listed on the dating). */
  evidence: EventEvidence[];
  grade: EventGrade | null;
  createdAt: string;
  updatedAt: string;
}

/** A dating as the chart draws it: its days, soft edges and label (the EDTF and evidence come with the full event). */
export type MarkDating = Pick<EventDating, 'id' | 'earliest' | 'latest' | 'approximate' | 'uncertain' | 'label'>;

/**
 * An event as the timeline chart draws it, and nothing more: 10,000 of them are loaded at once, so
 * description, place, evidence and grade are left to events.get when one is opened.
 */
export interface TimelineMark {
  id: string;
  kind: TimelineItemKind;
  title: string;
  type: string | null;
  datings: MarkDating[];
  conflict: boolean;
  participants: Array<Pick<EntityRef, 'id' | 'name'>>;
  tags: string[];
}

/** The chart's marks for a filter, in the same order and pages as TimelinePage. */
export interface TimelineMarkPage {
  items: TimelineMark[];
  total: number;
  offset: number;
  limit: number;
}

/** An event as the @ menu, entity cards and short lists show it. */
export interface TimelineEventSummary {
  id: string;
  kind: TimelineItemKind;
  title: string;
  /** The main dating's EDTF and label; null when undated. */
  edtf: string | null;
  label: string | null;
  earliest: string | null;
}

/** The events of a filter, in time order (undated last), with what the filters can offer. */
export interface TimelinePage {
  items: TimelineEvent[];
  total: number;
  offset: number;
  limit: number;
}

export interface TimelineFacets {
  types: Array<{ value: string; count: number }>;
  tags: Array<{ value: string; count: number }>;
  /** Cards that take part in at least one event or dated relation. */
  participants: Array<EntityRef & { count: number }>;
  /** First and last day of any dated event: what "fit all" shows. Null when nothing is dated. */
  earliest: string | null;
  latest: string | null;
  undated: number;
}

/** A date suggested from a clipping's text, with the cards its sentence mentions as proposed participants. */
export interface TimelineSuggestion extends DateSuggestion {
  participants: EntityRef[];
}

/** The filtered timeline as a file, for the page to download. */
export interface TimelineExport {
  fileName: string;
  mimeType: string;
  content: string;
}
