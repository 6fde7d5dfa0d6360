import { useState } from 'react';
import type { EntityCard, Relation } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { countOf } from '../../../lib/format';
import { relationSentence, relationVerb } from '../entityText';
import { AddRelationForm } from './AddRelationForm';

/** Both directions: "this member of B" and "A leader of this", each with its date and evidence. */
export function RelationList(props: { card: EntityCard; onOpenEntity: (id: string) => void; onChanged: () => void }) {
  const { card } = props;
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(relation: Relation) {
    const result = await api.call('relations.delete', { id: relation.id });
    if (!result.ok) return setError(`Could not delete “${relationSentence(relation)}”: ${result.error.message}`);
    setError(null);
    props.onChanged();
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
            <li key={relation.id} className="relation-row">
              <span className="relation-sentence">
                <RelationEnd entity={relation.source} self={card.id} onOpenEntity={props.onOpenEntity} />{' '}
                <span className="relation-verb">{relationVerb(relation)}</span>{' '}
                <RelationEnd entity={relation.target} self={card.id} onOpenEntity={props.onOpenEntity} />
              </span>
              <span className="relation-meta">
                {relation.date && <span>{relation.date}</span>}
                <span title={relation.evidence.map((passage) => `“${passage.exact}” — ${passage.clippingTitle}`).join('\n') || undefined}>
                  {relation.evidence.length > 0 ? countOf(relation.evidence.length, 'passage') : 'no evidence'}
                </span>
              </span>
              <button type="button" className="icon-button" aria-label={`Delete relation: ${relationSentence(relation)}`} onClick={() => void remove(relation)}>
                ×
              </button>
            </li>
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
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            props.onChanged();
          }}
        />
      )}
    </section>
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
