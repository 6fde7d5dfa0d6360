import { useEffect, useState } from 'react';
import type { EntityCard } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { countOf } from '../../../lib/format';

/**
 * Where the card comes from: its linked passages, the clippings that name it (with how many mentions —
 * accepted suggestions, which are not passages — link it), and one click to link the rest.
 */
export function Backlinks(props: { card: EntityCard; onOpenClipping: (clippingId: string, passageId?: string | null) => void; onChanged: () => void }) {
  const { card } = props;
  return (
    <>
      <section className="card-section" aria-labelledby="entity-passages-heading">
        <h3 id="entity-passages-heading">
          Linked passages <span className="section-count">{card.passages.length}</span>
        </h3>
        {card.passages.length === 0 ? (
          <p className="section-empty">No passage is linked yet. In the Reader, select a mention and link it to this card.</p>
        ) : (
          <ul className="backlink-list" data-testid="entity-passages">
            {card.passages.map((passage) => (
              <li key={passage.id}>
                <button type="button" className="backlink" onClick={() => props.onOpenClipping(passage.clippingId, passage.id)}>
                  <span className="backlink-quote">“{passage.exact}”</span>
                  <span className="backlink-source">
                    {passage.clippingTitle}
                    {passage.anchorStatus === 'orphaned' && ' · no longer found in the text'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card-section" aria-labelledby="entity-mentions-heading">
        <h3 id="entity-mentions-heading">
          Mentioned in <span className="section-count">{card.mentions.length}</span> {card.mentions.length === 1 ? 'clipping' : 'clippings'}
        </h3>
        {card.mentionCount > 0 && (
          <p className="section-empty" data-testid="entity-mention-count">
            {countOf(card.mentionCount, 'mention')} linked in the text (underlined in the Reader).
          </p>
        )}
        <UnlinkedMentions card={card} onChanged={props.onChanged} />
        {card.mentions.length === 0 ? (
          <p className="section-empty">No clipping mentions any of its names.</p>
        ) : (
          <ul className="backlink-list" data-testid="entity-mentions">
            {card.mentions.map((mention) => (
              <li key={mention.clippingId}>
                <button type="button" className="backlink backlink-mention" onClick={() => props.onOpenClipping(mention.clippingId)}>
                  <span className="backlink-title">{mention.title}</span>
                  <span className={`mention-state${mention.linked ? '' : ' mention-unlinked'}`}>{mention.linked ? 'linked' : 'not linked'}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** "Mentioned in N other clippings · Link all": a mention over the first place each names it. */
function UnlinkedMentions(props: { card: EntityCard; onChanged: () => void }) {
  const { card } = props;
  const { run, busy: linking } = useAction();
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; message: string } | null>(null);
  useEffect(() => setOutcome(null), [card.id]);

  async function linkAll() {
    const result = await run('entities.linkMentions', { entityId: card.id });
    if (!result.ok) return setOutcome({ kind: 'error', message: `Could not link the mentions: ${result.error.message}` });
    const { clippingCount, mentionCount } = result.value;
    setOutcome({
      kind: 'done',
      // mentionCount counts only mentions made: a passage already marked over the name is linked as it is.
      message:
        clippingCount === 0
          ? 'Nothing left to link.'
          : `Linked ${countOf(clippingCount, 'clipping')}${mentionCount > 0 ? ` (${countOf(mentionCount, 'new mention')})` : ''}.`,
    });
    props.onChanged();
  }

  if (card.unlinkedMentionCount === 0 && !outcome) return null;
  return (
    <div className="unlinked-mentions" data-testid="unlinked-mentions">
      {card.unlinkedMentionCount > 0 && (
        <>
          <span>Mentioned in {countOf(card.unlinkedMentionCount, 'other clipping')} without a link.</span>
          <button type="button" onClick={() => void linkAll()} disabled={linking}>
            {linking ? 'Linking…' : 'Link all'}
          </button>
        </>
      )}
      {outcome && (
        <span className={outcome.kind === 'error' ? 'field-error' : 'unlinked-outcome'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.message}
        </span>
      )}
    </div>
  );
}
