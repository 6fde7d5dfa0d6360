// What "Add to timeline…" and an accepted date suggestion pre-fill: a title from the sentence, the
// date the text gives nearest the selection, the cards the span mentions, and the span as evidence.
import type { InputOf } from '../../../../shared/contract';
import type { EntityRef, Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import { sentenceAt, sentenceSpans, type TextSpan } from '../../../../shared/timeline/sentences';
import type { TimelineSuggestion } from '../../../../shared/timeline/types';

/** A title longer than this is cut at a word and ends with an ellipsis. */
export const EVENT_TITLE_MAX_CHARS = 90;

/** The evidence an event is made with: a passage already there, or a span made into one on save. */
export type DraftEvidence = { passageId: string; quote: string } | { clippingId: string; start: number; end: number; quote: string };

export interface EventDraft {
  title: string;
  description: string;
  /** EDTF, or '' for undated. */
  date: string;
  type: string;
  tags: string[];
  participants: EntityRef[];
  place: EntityRef | null;
  evidence: DraftEvidence;
}

/** A sentence as a title: one line, without its final stop, cut at a word when long. */
export function shortenTitle(text: string, max = EVENT_TITLE_MAX_CHARS): string {
  const flat = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.;:,]+$/u, '');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`;
}

/** The sentence around a span: the one holding its start, or the span itself when it runs over several. */
export function sentenceOf(text: string, span: TextSpan): TextSpan {
  const sentence = sentenceAt(sentenceSpans(text), span.start);
  return span.end <= sentence.end ? sentence : span;
}

/**
 * The date suggestion for a span: one inside it (the one it overlaps most), else the nearest
 * before or after it within the same sentence or the next ones, null when the text has none.
 */
export function bestSuggestionFor(suggestions: readonly TimelineSuggestion[], span: TextSpan): TimelineSuggestion | null {
  let best: TimelineSuggestion | null = null;
  let bestScore = -Infinity;
  for (const suggestion of suggestions) {
    const overlap = Math.min(span.end, suggestion.end) - Math.max(span.start, suggestion.start);
    // Overlap counts up, distance counts down; a date in the span's own sentence beats a nearer one outside it.
    const inSentence = suggestion.sentence.start < span.end && suggestion.sentence.end > span.start;
    const distance = overlap > 0 ? 0 : Math.max(suggestion.start - span.end, span.start - suggestion.end);
    const score = overlap > 0 ? 1_000_000 + overlap : (inSentence ? 500_000 : 0) - distance;
    if (score > bestScore) {
      best = suggestion;
      bestScore = score;
    }
  }
  return best;
}

/** Cards linked to passages over the span, known cards suggested inside it, and the date's proposed participants. */
export function participantsIn(
  span: TextSpan,
  sources: { passages: readonly Passage[]; entitySuggestions: readonly EntitySuggestion[]; suggestion: TimelineSuggestion | null },
): EntityRef[] {
  const found = new Map<string, EntityRef>();
  const overlaps = (start: number | null, end: number | null) => start !== null && end !== null && start < span.end && end > span.start;
  for (const passage of sources.passages) if (overlaps(passage.start, passage.end)) for (const entity of passage.entities) found.set(entity.id, entity);
  for (const mention of sources.entitySuggestions) {
    if (mention.entityId && overlaps(mention.start, mention.end) && !found.has(mention.entityId)) {
      found.set(mention.entityId, { id: mention.entityId, type: mention.type, name: mention.name });
    }
  }
  for (const entity of sources.suggestion?.participants ?? []) if (!found.has(entity.id)) found.set(entity.id, entity);
  return [...found.values()];
}

/** The passage that is exactly this span, as evidence; else the span, made a passage on save. */
export function evidenceFor(clippingId: string, text: string, span: TextSpan, passages: readonly Passage[]): DraftEvidence {
  const same = passages.find((p) => p.start === span.start && p.end === span.end);
  if (same) return { passageId: same.id, quote: same.exact };
  return { clippingId, start: span.start, end: span.end, quote: text.slice(span.start, span.end) };
}

/** The draft for a selection: its sentence as the title, the best date for it, its cards, itself as evidence. */
export function draftFromSelection(
  clipping: { id: string; text: string },
  span: TextSpan,
  sources: { passages: readonly Passage[]; entitySuggestions: readonly EntitySuggestion[]; dates: readonly TimelineSuggestion[] },
): EventDraft {
  const date = bestSuggestionFor(sources.dates, span);
  const sentence = sentenceOf(clipping.text, span);
  return {
    title: shortenTitle(clipping.text.slice(sentence.start, sentence.end)),
    description: '',
    date: date?.edtf ?? '',
    type: '',
    tags: [],
    participants: participantsIn(span, { ...sources, suggestion: date && overlapsSentence(date, span) ? date : null }),
    place: null,
    evidence: evidenceFor(clipping.id, clipping.text, span, sources.passages),
  };
}

/** The draft for an accepted date suggestion: its sentence is the title's source and the evidence. */
export function draftFromSuggestion(clipping: { id: string; text: string }, suggestion: TimelineSuggestion, passages: readonly Passage[]): EventDraft {
  const { sentence } = suggestion;
  return {
    title: shortenTitle(clipping.text.slice(sentence.start, sentence.end)),
    description: '',
    date: suggestion.edtf,
    type: '',
    tags: [],
    participants: [...suggestion.participants],
    place: null,
    evidence: evidenceFor(clipping.id, clipping.text, sentence, passages),
  };
}

/** Whether the suggestion's sentence touches the span: only then are its participants the span's. */
function overlapsSentence(suggestion: TimelineSuggestion, span: TextSpan): boolean {
  return suggestion.sentence.start < span.end && suggestion.sentence.end > span.start;
}

/** The dialog's fields as events.create takes them: empty text is "none", the evidence an id or a span. */
export function eventInput(draft: EventDraft): InputOf<'events.create'> {
  const { evidence } = draft;
  return {
    title: draft.title.trim(),
    description: draft.description.trim() || null,
    type: draft.type.trim() || null,
    participants: draft.participants.map((p) => p.id),
    placeId: draft.place?.id ?? null,
    tags: draft.tags,
    date: draft.date.trim() || null,
    ...('passageId' in evidence
      ? { evidence: [evidence.passageId] }
      : { newEvidence: [{ clippingId: evidence.clippingId, start: evidence.start, end: evidence.end }] }),
  };
}
