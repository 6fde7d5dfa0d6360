import { ENTITY_TYPE_PLURAL } from '../../../../shared/display-words';
import { ENTITY_TYPES } from '../../../../shared/domain';
import { FormError } from '../../components/FormError';
import { entityRoute, goTo } from '../../lib/routes';
import type { SuggestionGroup } from './suggestionGroups';

/**
 * Entities the text seems to mention, by type: accept links a mention to a card (making the card
 * when it is new), reject hides it for this clipping for good, accept all takes every open one of a type.
 */
export function SuggestionsPanel(props: {
  groups: SuggestionGroup[] | null;
  error: string | null;
  busy: boolean;
  activeKey: string | null;
  onShow: (group: SuggestionGroup) => void;
  onAccept: (groups: SuggestionGroup[]) => void;
  onReject: (group: SuggestionGroup) => void;
}) {
  const { groups } = props;
  if (props.error) return <FormError message={props.error} />;
  if (groups === null) return <div className="loading" aria-busy="true" />;
  if (groups.length === 0) {
    return (
      <div className="panel-empty" data-testid="suggestions-empty">
        <p>
          <strong>No entities suggested for this clipping.</strong>
        </p>
        <p>Names of people, organisations and places found in the text, and the names of your cards, appear here to accept or reject.</p>
      </div>
    );
  }
  return (
    <div className="suggestions" data-testid="suggestions-panel">
      {ENTITY_TYPES.map((type) => {
        const ofType = groups.filter((g) => g.type === type);
        if (ofType.length === 0) return null;
        const open = ofType.filter((g) => !g.linked);
        return (
          <section key={type} className="suggestion-type" aria-label={ENTITY_TYPE_PLURAL[type]}>
            <header className="suggestion-type-head">
              <h3>
                {ENTITY_TYPE_PLURAL[type]} <span className="count">{ofType.length}</span>
              </h3>
              {open.length > 0 && (
                <button type="button" className="small" disabled={props.busy} onClick={() => props.onAccept(open)}>
                  Accept all {open.length}
                </button>
              )}
            </header>
            <ul className="suggestion-list">
              {ofType.map((group) => (
                <li key={group.key} className="suggestion" data-testid="suggestion" aria-current={group.key === props.activeKey || undefined}>
                  <button type="button" className="suggestion-name" title="Show in the article" onClick={() => props.onShow(group)}>
                    <span>{group.name}</span>
                    {group.occurrences.length > 1 && <span className="count">{group.occurrences.length}×</span>}
                  </button>
                  {group.surfaces.some((s) => s !== group.name) && (
                    <span className="suggestion-surfaces">
                      as{' '}
                      {group.surfaces
                        .filter((s) => s !== group.name)
                        .map((s) => `“${s}”`)
                        .join(', ')}
                    </span>
                  )}
                  {group.alsoNamed.length > 0 && (
                    <span className="suggestion-ambiguous" data-testid="suggestion-ambiguous">
                      Ambiguous: also a name of {group.alsoNamed.map((c) => c.name).join(', ')}
                    </span>
                  )}
                  <span className="suggestion-actions">
                    {group.linked ? (
                      <button type="button" className="link-button" onClick={() => goTo(entityRoute(group.entityId!))}>
                        ✓ Linked
                      </button>
                    ) : (
                      <>
                        <button type="button" className="small primary" disabled={props.busy} onClick={() => props.onAccept([group])}>
                          Accept
                        </button>
                        <button type="button" className="small" disabled={props.busy} onClick={() => props.onReject(group)}>
                          Reject
                        </button>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
