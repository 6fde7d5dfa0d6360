import { useState } from 'react';
import { ENTITY_TYPE_NAME } from '../../../../../shared/display-words';
import type { EntityCard, EntitySummary, MergeResult } from '../../../../../shared/domain';
import { useAction } from '../../../api/useAction';
import { Dialog } from '../../../components/Dialog';
import { EntityPicker } from '../../../components/EntityPicker';
import { countOf } from '../../../lib/format';

/** Merge…: choose a card to absorb into this one, see what moves, confirm. */
export function MergeDialog(props: { survivor: EntityCard; onCancel: () => void; onMerged: (result: MergeResult, absorbed: EntitySummary) => void }) {
  const { survivor } = props;
  const [absorbed, setAbsorbed] = useState<EntitySummary | null>(null);
  const { run, busy: merging, error } = useAction();

  async function merge() {
    if (!absorbed) return;
    const result = await run('entities.merge', { survivorId: survivor.id, absorbedId: absorbed.id }, 'Not merged');
    if (result.ok) props.onMerged(result.value, absorbed);
  }

  return (
    <Dialog labelledBy="merge-dialog-heading" onCancel={props.onCancel} className="dialog-compact" testId="merge-dialog">
      <div className="dialog-form">
        <h2 id="merge-dialog-heading">Merge into “{survivor.name}”</h2>
        {absorbed === null ? (
          <>
            <p className="hint">
              Choose the card that is the same {survivor.type === 'other' ? 'thing' : ENTITY_TYPE_NAME[survivor.type].toLowerCase()} under another name.
            </p>
            <EntityPicker label="Card to merge into this one" autoFocus excludeIds={[survivor.id]} onPick={setAbsorbed} onCancel={props.onCancel} />
          </>
        ) : (
          <p className="merge-summary">
            “{absorbed.name}” ({countOf(absorbed.passageCount, 'linked passage')}) goes into “{survivor.name}”: its names become aliases, and its passage links,
            attributes and relations move over. You can undo this right after.
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {absorbed && (
            <button type="button" onClick={() => setAbsorbed(null)}>
              Choose another
            </button>
          )}
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          {absorbed && (
            <button type="button" className="primary" autoFocus disabled={merging} onClick={() => void merge()}>
              {merging ? 'Merging…' : `Merge “${absorbed.name}”`}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
