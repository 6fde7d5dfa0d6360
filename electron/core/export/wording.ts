// The words every format uses for what the note itself does not say: footnote and source lines,
// entity and event entries, section titles. One place, so the four formats read the same; the names of the
// entity types are the app's own (shared/display-words), so a brief and the screen never disagree.
import { ENTITY_TYPE_NAME } from '../../../shared/display-words';
import type { EntityEntry, EventEntry, Footnote, Source } from './document-model';

export const NOTES_HEADING = 'Notes';
export const SOURCES_HEADING = 'Sources';
export const ENTITIES_HEADING = 'Entities';
export const EVENTS_HEADING = 'Events';
export const NEEDS_EVIDENCE_MARK = '[needs evidence]';

const STATUS_REMARKS: Record<Footnote['status'], string | null> = {
  ok: null,
  orphaned: 'Passage no longer found in its clipping; quoted as marked.',
  trashed: 'Its clipping is in the Trash.',
  deleted: 'Passage deleted; cited as it was.',
};

/** “Quote” — Title, Outlet, 2014-07-02. Grade B2. SHA-256 a1b2c3d4e5f6. Remark. */
export function footnoteText(footnote: Footnote, sources: readonly Source[]): string {
  const source = footnote.source === null ? null : sources[footnote.source - 1];
  const origin = source ? [source.title, source.outlet, source.publishedAt].filter(Boolean).join(', ') : 'source unknown';
  const quote = footnote.quote ? `${quoted(footnote.quote)} — ` : '';
  // Grade and fingerprint ride with each note, so a footnote read alone still says how far to trust it and which file it quotes.
  const facts = source ? [source.grade ? `Grade ${source.grade}` : 'Ungraded', source.sha256Prefix ? `SHA-256 ${source.sha256Prefix}` : ''] : [];
  const remark = STATUS_REMARKS[footnote.status];
  return [`${quote}${origin}`, ...facts]
    .filter((part) => part !== '')
    .map(endSentence)
    .concat(remark ? [remark] : [])
    .join(' ');
}

const DOUBLE_QUOTE_MARK = /^["“”„«»]|["“”„«»]$/u;

/** In quotation marks, unless the passage opens or closes with its own (ours beside them would double them). */
export function quoted(text: string): string {
  return DOUBLE_QUOTE_MARK.test(text) ? text : `“${text}”`;
}

function endSentence(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** What follows a source's title: outlet and date, URL, SHA-256 prefix, grade, remark. */
export function sourceDetails(source: Source): string[] {
  const byline = [source.outlet, source.publishedAt].filter(Boolean).join(', ');
  return [
    byline,
    source.url ?? '',
    source.sha256Prefix ? `SHA-256 ${source.sha256Prefix}` : '',
    source.grade ? `Grade ${source.grade}` : 'Ungraded',
    source.remark ? capitalise(source.remark) : '',
  ].filter((part) => part !== '');
}

function entityTypeLabel(entity: EntityEntry): string {
  return entity.type === 'other' && entity.otherLabel ? capitalise(entity.otherLabel) : ENTITY_TYPE_NAME[entity.type];
}

/** "Person; also Abu Bakr, al-Baghdadi" or "Place; card deleted". */
export function entitySummary(entity: EntityEntry): string {
  const parts = [entityTypeLabel(entity)];
  if (entity.aliases.length > 0) parts.push(`also ${entity.aliases.join(', ')}`);
  if (entity.deleted) parts.push('card deleted');
  return parts.join('; ');
}

/** "the fall of Mosul — June 2014", with the dates other sources give and whether the event is gone. */
export function eventEntryText(event: EventEntry): string {
  const parts = [`${event.title} — ${event.label ?? 'undated'}`];
  if (event.otherDates.length > 0) parts.push(`Sources disagree: also ${event.otherDates.join(', ')}`);
  if (event.deleted) parts.push('Event deleted; as it was mentioned');
  return `${parts.join('. ')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
