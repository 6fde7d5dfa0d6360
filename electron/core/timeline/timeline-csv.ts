// The filtered timeline as CSV rows, one per event in time order. An event dated by several sources
// lists every dating (" | "), with earliest / latest the span they cover together; `conflict` says
// when they disagree. Evidence: each passage with its source, published date and grade.
import type { EventEvidence, TimelineEvent } from '../../../shared/timeline/types';

export const TIMELINE_CSV_COLUMNS = [
  'edtf',
  'earliest',
  'latest',
  'title',
  'type',
  'participants',
  'place',
  'tags',
  'evidence',
  'grade best',
  'grade worst',
  'conflict',
] as const;

const JOIN = ' | ';

function evidenceText(evidence: EventEvidence): string {
  const source = [evidence.clippingTitle, evidence.outlet, evidence.publishedAt, evidence.grade].filter((part) => part !== null && part !== '');
  return `${evidence.exact} — ${source.join(', ')}`;
}

/** The first and last day the datings cover together; null for an open end or when undated. */
export function eventSpan(event: TimelineEvent): { earliest: string | null; latest: string | null } {
  const { datings } = event;
  if (datings.length === 0) return { earliest: null, latest: null };
  const firsts = datings.map((dating) => dating.earliest);
  const lasts = datings.map((dating) => dating.latest);
  return {
    earliest: firsts.includes(null) ? null : (firsts as string[]).sort()[0]!,
    latest: lasts.includes(null) ? null : (lasts as string[]).sort().at(-1)!,
  };
}

export function timelineCsvRecord(event: TimelineEvent): string[] {
  const { earliest, latest } = eventSpan(event);
  const evidence = [...event.datings.flatMap((dating) => dating.evidence), ...event.evidence];
  const unique = [...new Map(evidence.map((item) => [item.id, item])).values()];
  return [
    event.datings.map((dating) => dating.edtf).join(JOIN),
    earliest ?? '',
    latest ?? '',
    event.title,
    event.type ?? '',
    event.participants.map((card) => card.name).join(JOIN),
    event.place?.name ?? '',
    event.tags.join(JOIN),
    unique.map(evidenceText).join(JOIN),
    event.grade?.best ?? '',
    event.grade?.worst ?? '',
    event.conflict ? 'yes' : 'no',
  ];
}
