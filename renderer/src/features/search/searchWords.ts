// How search reads on screen: the kinds' names and counts that may be capped.
import type { SearchKind } from '../../../../shared/search/query-syntax';
import { SEARCH_COUNT_CAP } from '../../../../shared/search/types';

/** Result groups in the order they are shown. */
export const KIND_ORDER: readonly SearchKind[] = ['clipping', 'passage', 'note', 'card', 'event'];

export const KIND_GROUP_LABEL: Record<SearchKind, string> = {
  clipping: 'Clippings',
  passage: 'Passages',
  note: 'Notes',
  card: 'Cards',
  event: 'Events',
};

/** The kind beside a switcher row. */
export const KIND_LABEL: Record<SearchKind, string> = {
  clipping: 'Clipping',
  passage: 'Passage',
  note: 'Note',
  card: 'Card',
  event: 'Event',
};

/** "12", "1,000+" at the cap (the core stops counting there). */
export function formatHitCount(count: number): string {
  return count >= SEARCH_COUNT_CAP ? `${SEARCH_COUNT_CAP.toLocaleString('en-US')}+` : count.toLocaleString('en-US');
}

/** The syntax the box understands, for its "?" help. */
export const SYNTAX_HELP: ReadonlyArray<{ example: string; meaning: string }> = [
  { example: 'convoy border', meaning: 'items with both words (best matches first)' },
  { example: '"armed convoy"', meaning: 'the exact phrase' },
  { example: 'convoy OR truck', meaning: 'either word' },
  { example: '-rumour', meaning: 'without this word' },
  { example: 'milit*', meaning: 'words that start so' },
  { example: 'outlet:Reuters', meaning: 'clippings from this outlet' },
  { example: 'tag:syria', meaning: 'clippings with this tag' },
  { example: 'grade:B2', meaning: 'passages graded so (or grade:B, grade:2)' },
  { example: 'after:2013', meaning: 'published on or after this date' },
  { example: 'before:2014-07', meaning: 'published before this date' },
  { example: 'entity:"Abu Bakr al-Baghdadi"', meaning: 'linked to or mentioning this card' },
  { example: 'kind:note', meaning: 'only clippings, passages, notes, cards or events' },
];
