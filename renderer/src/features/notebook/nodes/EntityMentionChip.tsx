import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EntityType } from '../../../../../shared/domain';
import { useEntityName } from '../plugins/mentions/entityNameStore';
import { openEntity } from '../plugins/evidence/evidenceLinks';

/** A mention as the analyst sees it: the card's name now, or the stored name marked when the card is gone. */
export function EntityMentionChip(props: { entityId: string; storedName: string; entityType: EntityType }) {
  const [editor] = useLexicalComposerContext();
  const state = useEntityName(editor, props.entityId);
  const deleted = state.status === 'deleted';
  const name = state.status === 'live' ? state.name : props.storedName;
  const type = state.status === 'live' ? state.type : props.entityType;
  return (
    <button
      type="button"
      className={`entity-mention entity-mention-${type}${deleted ? ' entity-mention-deleted' : ''}`}
      data-testid="entity-mention"
      data-entity-id={props.entityId}
      title={deleted ? 'This card was deleted; the name is kept as it was written.' : `Open the card of ${name}`}
      disabled={deleted}
      onClick={() => openEntity(editor, props.entityId)}
    >
      {name}
      {deleted && <span className="entity-mention-gone"> (deleted card)</span>}
    </button>
  );
}
