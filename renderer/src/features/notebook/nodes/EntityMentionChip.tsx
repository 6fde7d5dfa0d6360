import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EntityType } from '../../../../../shared/domain';
import { useEntityName } from '../plugins/mentions/entityNameStore';
import { openEntity } from '../plugins/evidence/evidenceLinks';
import { chipActivation } from './chipActivation';

/** A mention as the analyst sees it: the card's name now, or the stored name marked when the card is gone. */
export function EntityMentionChip(props: { entityId: string; storedName: string; entityType: EntityType }) {
  const [editor] = useLexicalComposerContext();
  const state = useEntityName(editor, props.entityId);
  const deleted = state.status === 'deleted';
  const name = state.status === 'live' ? state.name : props.storedName;
  const type = state.status === 'live' ? state.type : props.entityType;
  const open = () => {
    if (!deleted) openEntity(editor, props.entityId);
  };
  return (
    <span
      role="link"
      tabIndex={-1}
      className={`entity-mention entity-mention-${type}${deleted ? ' entity-mention-deleted' : ''}`}
      data-testid="entity-mention"
      data-entity-id={props.entityId}
      aria-disabled={deleted || undefined}
      title={deleted ? 'This card was deleted; the name is kept as it was written.' : `Ctrl+click to open the card of ${name}`}
      {...chipActivation(open)}
    >
      <span className="entity-mention-name">{name}</span>
      {deleted && <span className="entity-mention-gone"> (deleted card)</span>}
    </span>
  );
}
