import { useState } from 'react';
import type { EntityCard, Relation } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { takeFinishedEvidencePick } from '../../../lib/pendingEvidence';
import { relationSentence } from '../entityText';
import { AddRelationForm } from './AddRelationForm';
import { RelationRow } from './RelationRow';

/** Both directions: "this member of B" and "A leader of this", each with its date and evidence quotes; add, edit, delete. */
export function RelationList(props: {
  card: EntityCard;
  onOpenEntity: (id: string) => void;
  onOpenClipping: (clippingId: string, passageId: string) => void;
  onChanged: () => void;
}) {
  const { card } = props;
  // Back from selecting evidence in the Reader: the add form opens again with what it held.
  const [returned, setReturned] = useState(() => takeFinishedEvidencePick(card.id));
  const [adding, setAdding] = useState(returned !== null);
  const { run, error } = useAction();

  async function remove(relation: Relation) {
    const result = await run('relations.delete', { id: relation.id }, `Could not delete “${relationSentence(relation)}”`);
    if (result.ok) props.onChanged();
  }

  return (
    <section className="card-section" aria-labelledby="entity-relations-heading">
      <div className="section-head">
        <h3 id="entity-relations-heading">
          Relations <span className="section-count">{card.relations.length}</span>
        </h3>
        {!adding && (
          <button type="button" className="section-action" onClick={() => setAdding(true)}>
            Add relation
          </button>
        )}
      </div>
      {card.relations.length === 0 && !adding && <p className="section-empty">No relations yet: add who this card belongs to, leads, or opposes.</p>}
      {card.relations.length > 0 && (
        <ul className="relation-list" data-testid="entity-relations">
          {card.relations.map((relation) => (
            <RelationRow
              key={relation.id}
              card={card}
              relation={relation}
              onOpenEntity={props.onOpenEntity}
              onOpenClipping={props.onOpenClipping}
              onDelete={(r) => void remove(r)}
              onChanged={props.onChanged}
            />
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {adding && (
        <AddRelationForm
          card={card}
          returned={returned}
          onCancel={() => {
            setAdding(false);
            setReturned(null);
          }}
          onAdded={() => {
            setAdding(false);
            setReturned(null);
            props.onChanged();
          }}
        />
      )}
    </section>
  );
}
