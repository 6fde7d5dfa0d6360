import { useState } from 'react';
import { ENTITY_TYPE_NAME } from '../../../../shared/display-words';
import type { EntityRef, EntityType } from '../../../../shared/domain';
import { api } from '../../api/client';
import { EntityPicker } from '../../components/EntityPicker';

/**
 * Cards as removable chips, with the entity picker to add one or make a new card. `only` restricts
 * the type (a place field takes a Place card); `single` replaces the chip instead of adding one.
 */
export function CardChipsField(props: {
  label: string;
  cards: EntityRef[];
  onChange: (cards: EntityRef[]) => void;
  only?: EntityRef['type'];
  single?: boolean;
  testId: string;
}) {
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { cards, onChange } = props;

  const pick = (card: EntityRef) => {
    if (props.only && card.type !== props.only) {
      return setProblem(`${card.name} is not a ${props.only} card; pick a ${props.only} card, or change the card's type on its page.`);
    }
    setProblem(null);
    setPicking(false);
    onChange(props.single ? [card] : [...cards.filter((c) => c.id !== card.id), card]);
  };

  const create = async (name: string, type: EntityType) => {
    if (props.only && type !== props.only) {
      return setProblem(`A new card here must be a ${ENTITY_TYPE_NAME[props.only]} card: choose ${ENTITY_TYPE_NAME[props.only]} as its type.`);
    }
    const made = await api.call('entities.create', { name, type });
    if (!made.ok) return setProblem(`The card “${name}” was not made: ${made.error.message}`);
    pick({ id: made.value.id, type: made.value.type, name: made.value.name });
  };

  return (
    <div className="field card-chips-field" data-testid={props.testId}>
      <span>{props.label}</span>
      <div className="tag-editor">
        {cards.map((card) => (
          <span className={`tag-chip card-chip card-chip-${card.type}`} key={card.id} data-testid="card-chip">
            {card.name}
            <button type="button" aria-label={`Remove ${card.name}`} onClick={() => onChange(cards.filter((c) => c.id !== card.id))}>
              ×
            </button>
          </span>
        ))}
        {!picking && (
          <button type="button" className="small" onClick={() => setPicking(true)}>
            {props.single && cards.length > 0 ? 'Change…' : 'Add…'}
          </button>
        )}
      </div>
      {picking && (
        <EntityPicker
          label={props.label}
          autoFocus
          excludeIds={cards.map((c) => c.id)}
          onPick={pick}
          onCreate={(name, type) => void create(name, type)}
          onCancel={() => {
            setPicking(false);
            setProblem(null);
          }}
        />
      )}
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
