// The Library's columns: what each shows and which sort field its header sets.
import type { ReactNode } from 'react';
import type { ClippingSortField } from '../../../../shared/contract';
import type { ClippingSummary } from '../../../../shared/domain';
import { formatCaptured, formatCapturedDay, formatGrade, gradeMeaning } from '../../lib/format';

export interface Column {
  id: string;
  label: string;
  sort: ClippingSortField | null;
  /** The direction a first click sorts in: names A→Z, dates newest first, grades best first. */
  firstDirection: 'asc' | 'desc';
  render: (row: ClippingSummary) => ReactNode;
  /** Tooltip for the cell. */
  title?: (row: ClippingSummary) => string | undefined;
}

export const COLUMNS: readonly Column[] = [
  {
    id: 'title',
    label: 'Title',
    sort: 'title',
    firstDirection: 'asc',
    render: (row) => (
      <>
        <span className="cell-text">{row.title}</span>
        {row.nearDuplicateOf && (
          <span className="badge" title={`near-duplicate of ${row.nearDuplicateOf.title}`} data-testid="near-duplicate-badge">
            near-duplicate
          </span>
        )}
      </>
    ),
    title: (row) => row.title,
  },
  { id: 'outlet', label: 'Outlet', sort: 'outlet', firstDirection: 'asc', render: (row) => row.outlet ?? '', title: (row) => row.outlet ?? undefined },
  { id: 'published', label: 'Published', sort: 'published', firstDirection: 'desc', render: (row) => row.publishedAt ?? '' },
  {
    id: 'grade',
    label: 'Grade',
    sort: 'grade',
    firstDirection: 'asc',
    render: (row) => formatGrade(row.reliability, row.credibility),
    title: (row) => (row.reliability || row.credibility ? gradeMeaning(row.reliability, row.credibility) : 'Not graded'),
  },
  {
    id: 'tags',
    label: 'Tags',
    sort: null,
    firstDirection: 'asc',
    render: (row) =>
      row.tags.map((tag) => (
        <span className="tag-chip" key={tag}>
          {tag}
        </span>
      )),
    title: (row) => (row.tags.length > 0 ? row.tags.join(', ') : undefined),
  },
  {
    id: 'captured',
    label: 'Captured',
    sort: 'captured',
    firstDirection: 'desc',
    render: (row) => <time dateTime={row.capturedAt}>{formatCapturedDay(row.capturedAt)}</time>,
    title: (row) => formatCaptured(row.capturedAt),
  },
];
