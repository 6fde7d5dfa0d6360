import { useState } from 'react';
import type { EntityCard } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { countOf } from '../../../lib/format';

/** Delete card: says what goes (names, links, relations) and what stays (the passages). */
export function DeleteCardDialog(props: { card: EntityCard; onCancel: () => void; onDeleted: () => void }) {
  const { card } = props;
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    setDeleting(true);
    const result = await api.call('entities.delete', { id: card.id });
    setDeleting(false);
    if (!result.ok) return setError(`Not deleted: ${result.error.message}`);
    props.onDeleted();
  }

  return (
    <Dialog labelledBy="delete-card-heading" onCancel={props.onCancel} className="dialog-compact" testId="delete-card-dialog">
      <div className="dialog-form">
        <h2 id="delete-card-heading">Delete “{card.name}”?</h2>
        <p>{whatGoes(card)} The passages themselves stay in their clippings. This cannot be undone.</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="primary danger-primary" disabled={deleting} onClick={() => void remove()}>
            {deleting ? 'Deleting…' : 'Delete card'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** "Its names, 3 passage links and 1 relation are deleted." — leaving out what it has none of. */
function whatGoes(card: EntityCard): string {
  const parts = ['Its names'];
  if (card.passages.length > 0) parts.push(countOf(card.passages.length, 'passage link'));
  if (card.relations.length > 0) parts.push(countOf(card.relations.length, 'relation'));
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${listed} are deleted.`;
}
