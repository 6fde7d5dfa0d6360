// One passage in the list: its colour, the quote, label and comment, the cards it is linked to, and
// the clipping it comes from. An orphaned passage (its text no longer found) keeps its quote, marked.
import type { Passage } from '../../../../shared/domain';
import { formatCapturedDay } from '../../lib/format';

export function PassageRow(props: {
  passage: Passage;
  onOpenClipping: (clippingId: string, passageId: string) => void;
  onOpenEntity: (id: string) => void;
}) {
  const { passage } = props;
  const orphaned = passage.anchorStatus === 'orphaned';
  return (
    <li className={`passage-row${orphaned ? ' passage-orphaned' : ''}`} data-testid="passage-row" data-passage-id={passage.id}>
      <span className={`passage-swatch passage-swatch-${passage.color}`} title={`${passage.color} passage`} aria-label={`${passage.color} passage`} role="img" />
      <div className="passage-main">
        <blockquote className="passage-quote">
          {orphaned && (
            <span className="passage-orphan-badge" title="This passage’s text is no longer found in its clipping; the quote is kept as it was.">
              orphaned
            </span>
          )}
          {passage.exact}
        </blockquote>
        {passage.comment && <p className="passage-comment">{passage.comment}</p>}
        <div className="passage-meta">
          {passage.label && <span className="passage-label">{passage.label}</span>}
          {passage.entities.map((entity) => (
            <button
              key={entity.id}
              type="button"
              className={`passage-entity passage-entity-${entity.type}`}
              onClick={() => props.onOpenEntity(entity.id)}
              title={`Open the card of ${entity.name}`}
            >
              {entity.name}
            </button>
          ))}
          <span className="passage-source">
            <button type="button" className="link-button passage-clipping" onClick={() => props.onOpenClipping(passage.clippingId, passage.id)} title="Open this passage in the Reader">
              {passage.clippingTitle}
            </button>
            <span className="passage-date">{formatCapturedDay(passage.createdAt)}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
