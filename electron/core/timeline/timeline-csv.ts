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

/** The first and last day the datings cover together; '' for an open end or when undated. */
function span(event: TimelineEvent): { earliest: string; latest: string } {
  const { datings } = event;
  if (datings.length === 0) return { earliest: '', latest: '' };
  const earliest = datings.some((dating) => dating.earliest === null) ? '' : datings.map((dating) => dating.earliest!).sort()[0]!;
  const latest = datings.some((dating) => dating.latest === null)
    ? ''
    : datings
        .map((dating) => dating.latest!)
        .sort()
        .at(-1)!;
  return { earliest, latest };
}

export function timelineCsvRecord(event: TimelineEvent): string[] {
  const { earliest, latest } = span(event);
  const evidence = [...event.datings.flatMap((dating) => dating.evidence), ...event.evidence];
  const unique = [...new Map(evidence.map((item) => [item.id, item])).values()];
  return [
    event.datings.map((dating) => dating.edtf).join(JOIN),
    earliest,
    latest,
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
