import { ENTITY_TYPE_NAME } from '../../../../../shared/display-words';
import { ENTITY_TYPES, type EntityCard, type EntityType } from '../../../../../shared/domain';
import { formatGrade, gradeMeaning } from '../../../lib/format';
import { CardTextField } from './CardTextField';
import type { EntityPatch } from './useEntityCard';

/** What the card is: its name, its type (Other with a free label), and the grade its evidence carries. */
export function CardIdentity(props: { card: EntityCard; onSave: (patch: EntityPatch) => Promise<string | null> }) {
  const { card, onSave } = props;
  const grade = card.grade ? formatGrade(card.grade.reliability, card.grade.credibility) : '';
  return (
    <div className="card-identity">
      <CardTextField
        label="Name"
        hiddenLabel
        className="card-name"
        value={card.name}
        validate={(v) => (v === '' ? 'A card needs a name.' : null)}
        onSave={(v) => onSave({ name: v ?? '' })}
      />
      <div className="card-type-line">
        <select aria-label="Card type" value={card.type} onChange={(e) => void onSave({ type: e.target.value as EntityType })}>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {ENTITY_TYPE_NAME[type]}
            </option>
          ))}
        </select>
        {card.type === 'other' && (
          <CardTextField
            label="Kind"
            hiddenLabel
            className="card-other-label"
            value={card.otherLabel}
            placeholder="What kind? e.g. vessel"
            onSave={(v) => onSave({ otherLabel: v })}
          />
        )}
        <span
          className="card-grade"
          data-testid="entity-grade"
          title={card.grade ? `Best grade among its evidence: ${gradeMeaning(card.grade.reliability, card.grade.credibility)}` : 'No graded evidence yet'}
        >
          {grade ? (
            <>
              Grade <strong>{grade}</strong>
            </>
          ) : (
            'Ungraded'
          )}
        </span>
      </div>
    </div>
  );
}
