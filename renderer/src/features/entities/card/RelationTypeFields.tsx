import type { KeyboardEvent, Ref } from 'react';
import { RELATION_TYPE_LABELS, RELATION_TYPES, type PassageRef, type RelationType } from '../../../../../shared/domain';

/** The relation's type, and the free text of an `other` one: the same in the add and edit forms. */
export function RelationTypeFields(props: {
  type: RelationType;
  label: string;
  onType: (type: RelationType) => void;
  onLabel: (label: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <>
      <select ref={props.selectRef} aria-label="Relation type" value={props.type} onChange={(e) => props.onType(e.target.value as RelationType)}>
        {RELATION_TYPES.map((t) => (
          <option key={t} value={t}>
            {t === 'other' ? 'other…' : RELATION_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      {props.type === 'other' && (
        <input aria-label="Relation" placeholder="e.g. financed by" value={props.label} onChange={(e) => props.onLabel(e.target.value)} />
      )}
    </>
  );
}

/** The ids of the ticked passages that are still offered (one of a card chosen and then replaced is not). */
export function chosenEvidence(candidates: readonly PassageRef[], selected: ReadonlySet<string>): string[] {
  return candidates.filter((ref) => selected.has(ref.id)).map((ref) => ref.id);
}

/** Esc anywhere in a relation form cancels it, unless something inside (the card picker) handled it. */
export function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };
}
