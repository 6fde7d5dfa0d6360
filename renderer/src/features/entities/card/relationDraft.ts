// The fields both relation forms share (type, its label, date), checked before anything is sent
// so the analyst reads the reason beside the form rather than a core error code.
import type { RelationType } from '../../../../../shared/domain';
import { isPartialDate } from '../../../../../shared/partial-date';

export interface RelationDraft {
  type: RelationType;
  label: string;
  date: string;
}

/** Why the draft cannot be saved, or null when it can. */
export function relationDraftError(draft: RelationDraft): string | null {
  if (draft.type === 'other' && draft.label.trim() === '') return 'Describe the relation, e.g. “financed by”.';
  if (draft.date.trim() !== '' && !isPartialDate(draft.date.trim())) return 'A date is written 2014, 2014-07 or 2014-07-02.';
  return null;
}

/** The draft as the contract takes it: a label only for `other`, an empty date as none. */
export function relationDraftFields(draft: RelationDraft) {
  return {
    type: draft.type,
    label: draft.type === 'other' ? draft.label.trim() : null,
    date: draft.date.trim() === '' ? null : draft.date.trim(),
  };
}
