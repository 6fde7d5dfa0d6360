import { useEffect, useRef, useState } from 'react';
import type { EntityCard, Relation } from '../../../../../shared/domain';
import { relationSentence, relationVerb } from '../entityText';
import { EditRelationForm } from './EditRelationForm';
import { RelationEvidence } from './RelationEvidence';

/** One relation as a sentence with its date, Edit and ×, and its evidence quotes under it; Edit swaps in the form. */
export function RelationRow(props: {
  card: EntityCard;
  relation: Relation;
  onOpenEntity: (id: string) => void;
  onOpenClipping: (clippingId: string, passageId: string) => void;
  onDelete: (relation: Relation) => void;
  onChanged: () => void;
}) {
  const { card, relation } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Leaving the form puts the keyboard back on Edit, not at the top of the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <li className="relation-row relation-row-editing">
        <EditRelationForm
          card={card}
          relation={relation}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            props.onChanged();
          }}
        />
      </li>
    );
  }

  const sentence = relationSentence(relation);
  return (
    <li className="relation-row">
      <span className="relation-sentence">
        <RelationEnd entity={relation.source} self={card.id} onOpenEntity={props.onOpenEntity} />{' '}
        <span className="relation-verb">{relationVerb(relation)}</span>{' '}
        <RelationEnd entity={relation.target} self={card.id} onOpenEntity={props.onOpenEntity} />
      </span>
      <span className="relation-meta">
        {relation.date && <span>{relation.date}</span>}
        {relation.evidence.length === 0 && <span>no evidence</span>}
      </span>
      <button
        type="button"
        ref={editButton}
        className="icon-button"
        aria-label={`Edit relation: ${sentence}`}
        title="Edit type, date and evidence"
        onClick={() => setEditing(true)}
      >
        ✎
      </button>
      <button type="button" className="icon-button" aria-label={`Delete relation: ${sentence}`} onClick={() => props.onDelete(relation)}>
        ×
      </button>
      {relation.evidence.length > 0 && <RelationEvidence evidence={relation.evidence} onOpenClipping={props.onOpenClipping} />}
    </li>
  );
}

/** This card is plain text in its own relations; the other end opens its card. */
function RelationEnd(props: { entity: { id: string; name: string }; self: string; onOpenEntity: (id: string) => void }) {
  if (props.entity.id === props.self) return <span className="relation-self">{props.entity.name}</span>;
  return (
    <button type="button" className="link-button" onClick={() => props.onOpenEntity(props.entity.id)}>
      {props.entity.name}
    </button>
  );
}
