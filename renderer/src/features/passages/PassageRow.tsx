// One passage in the list: its colour, the quote, label and comment, the cards it is linked to, and
// the clipping it comes from. An orphaned passage (its text no longer found) keeps its quote, marked.
import type { Passage } from '../../../../shared/domain';
import { formatCapturedDay } from '../../lib/format';
import { entityRoute, goTo, readerRoute } from '../../lib/routes';

export function PassageRow(props: { passage: Passage }) {
  const { passage } = props;
  const orphaned = passage.anchorStatus === 'orphaned';
  return (
    <li className={`passages-row${orphaned ? ' passages-orphaned' : ''}`} data-testid="passage-row" data-passage-id={passage.id}>
      <span
        className={`passages-swatch passages-swatch-${passage.color}`}
        title={`${passage.color} passage`}
        aria-label={`${passage.color} passage`}
        role="img"
      />
      <div className="passages-main">
        <blockquote className="passages-quote">
          {orphaned && (
            <span className="passages-orphan-badge" title="This passage’s text is no longer found in its clipping; the quote is kept as it was.">
              orphaned
            </span>
          )}
          {passage.exact}
        </blockquote>
        {passage.comment && <p className="passages-comment">{passage.comment}</p>}
        <div className="passages-meta">
          {passage.label && <span className="passages-label">{passage.label}</span>}
          {passage.entities.map((entity) => (
            <button
              key={entity.id}
              type="button"
              className={`passages-entity passages-entity-${entity.type}`}
              onClick={() => goTo(entityRoute(entity.id))}
              title={`Open the card of ${entity.name}`}
            >
              {entity.name}
            </button>
          ))}
          <span className="passages-source">
            <button
              type="button"
              className="link-button passages-clipping"
              onClick={() => goTo(readerRoute(passage.clippingId, passage.id))}
              title="Open this passage in the Reader"
            >
              {passage.clippingTitle}
            </button>
            <span className="passages-date">{formatCapturedDay(passage.createdAt)}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
