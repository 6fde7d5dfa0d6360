import { useState } from 'react';
import type { EntitySummary, MergeResult } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import type { NoticeState } from '../../../components/Notice';
import { useRememberRecent } from '../../../lib/useRememberRecent';
import { AliasEditor } from './AliasEditor';
import { AmbiguityNotice } from './AmbiguityNotice';
import { AttributeEditor } from './AttributeEditor';
import { Backlinks } from './Backlinks';
import { CardEvents } from './CardEvents';
import { CardIdentity } from './CardIdentity';
import { CardTextField } from './CardTextField';
import { DeleteCardDialog } from './DeleteCardDialog';
import { MergeDialog } from './MergeDialog';
import { NoteBacklinks } from './NoteBacklinks';
import { RelationList } from './RelationList';
import { useEntityCard } from './useEntityCard';

/** The open card: everything about it editable in place, with its backlinks and relations. */
export function EntityCardView(props: {
  entityId: string;
  revision: number;
  onOpenEntity: (id: string | null) => void;
  onOpenClipping: (clippingId: string, passageId?: string | null) => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}) {
  const { onChanged, onNotice, onOpenEntity } = props;
  const { card, loadError, status, save } = useEntityCard(props.entityId, props.revision, onChanged);
  const { run } = useAction();
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null);
  useRememberRecent(card && card.id === props.entityId ? { kind: 'card', id: card.id, title: card.name, detail: card.type, clippingId: null } : null);

  if (loadError) {
    return (
      <div className="card-pane card-pane-message" role="alert">
        <p>{loadError}</p>
        <button type="button" onClick={() => onOpenEntity(null)}>
          Close
        </button>
      </div>
    );
  }
  if (!card) return <div className="card-pane" aria-busy="true" />;

  function merged(result: MergeResult, absorbed: EntitySummary) {
    setDialog(null);
    onChanged();
    onNotice({
      kind: 'info',
      message: `Merged “${absorbed.name}” into “${result.entity.name}”.`,
      action: {
        label: 'Undo',
        run: () =>
          void run('entities.undoMerge', { mergeId: result.mergeId }).then((undone) => {
            if (!undone.ok) return onNotice({ kind: 'error', message: `Could not undo the merge: ${undone.error.message}` });
            onChanged();
            onNotice({ kind: 'info', message: `“${absorbed.name}” is a card of its own again.` });
          }),
      },
    });
  }

  function deleted() {
    setDialog(null);
    onOpenEntity(null);
    onChanged();
    onNotice({ kind: 'info', message: `Deleted the card “${card!.name}”.` });
  }

  return (
    // Keyed by the card shown: the next card's sections start fresh, while the last one stays up until it arrives.
    <article key={card.id} className="card-pane" aria-label={`Card: ${card.name}`} aria-busy={card.id !== props.entityId} data-testid="entity-card">
      <header className="card-head">
        <CardIdentity card={card} onSave={save} />
        <div className="card-actions">
          <span className={`details-status details-status-${status?.kind ?? 'none'}`} role="status" data-testid="entity-status">
            {status?.message ?? ''}
          </span>
          <button type="button" onClick={() => setDialog('merge')}>
            Merge…
          </button>
          <button type="button" className="danger" onClick={() => setDialog('delete')}>
            Delete card
          </button>
        </div>
      </header>
      <AmbiguityNotice sharedNames={card.sharedNames} onOpenEntity={onOpenEntity} />
      <div className="card-columns">
        <div className="card-column">
          <AliasEditor name={card.name} aliases={card.aliases} onSave={(aliases) => save({ aliases })} />
          <CardTextField
            label="Description"
            multiline
            className="card-description"
            value={card.description}
            placeholder="Who or what this is, in a sentence or two"
            onSave={(description) => save({ description })}
          />
          <AttributeEditor attributes={card.attributes} onSave={(attributes) => save({ attributes })} />
          <RelationList card={card} onOpenEntity={onOpenEntity} onOpenClipping={props.onOpenClipping} onChanged={onChanged} />
        </div>
        <div className="card-column">
          <Backlinks card={card} onOpenClipping={props.onOpenClipping} onChanged={onChanged} />
          <CardEvents entityId={card.id} />
          <NoteBacklinks entityId={card.id} />
        </div>
      </div>
      {dialog === 'merge' && <MergeDialog survivor={card} onCancel={() => setDialog(null)} onMerged={merged} />}
      {dialog === 'delete' && <DeleteCardDialog card={card} onCancel={() => setDialog(null)} onDeleted={deleted} />}
    </article>
  );
}
