import { Fragment } from 'react';
import type { EntityCard } from '../../../../../shared/domain';

/** Names this card shares with other cards: allowed, but a mention of them may mean either. */
export function AmbiguityNotice(props: { sharedNames: EntityCard['sharedNames']; onOpenEntity: (id: string) => void }) {
  if (props.sharedNames.length === 0) return null;
  return (
    <div className="card-ambiguity" data-testid="entity-ambiguity">
      {props.sharedNames.map((shared) => (
        <p key={shared.name}>
          <strong>Ambiguous:</strong> “{shared.name}” is also a name of{' '}
          {shared.others.map((other, index) => (
            <Fragment key={other.id}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => props.onOpenEntity(other.id)}>
                {other.name}
              </button>
            </Fragment>
          ))}
          .
        </p>
      ))}
    </div>
  );
}
