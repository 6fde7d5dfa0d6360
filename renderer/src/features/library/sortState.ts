import type { ClippingSortField } from '../../../../shared/contract';

/** The column the Library is sorted by, and which way. */
export interface SortState {
  sort: ClippingSortField;
  direction: 'asc' | 'desc';
}
