import type { Passage } from '../../../../shared/domain';

/** The span the Reader marks as active, and the passage or suggestion group it belongs to. */
export interface ReaderFocus {
  start: number;
  end: number;
  passageId?: string;
  groupKey?: string;
}

/** A passage's span as the focus; null for an orphaned passage (its text is gone). */
export function passageFocus(passage: Passage): ReaderFocus | null {
  return passage.start === null || passage.end === null ? null : { start: passage.start, end: passage.end, passageId: passage.id };
}
