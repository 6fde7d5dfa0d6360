import type { EntityCard } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog';
import { countOf } from '../../../lib/format';

/** Delete card: says what goes (names, links, relations) and what stays (the passages). */
export function DeleteCardDialog(props: { card: EntityCard; onCancel: () => void; onDeleted: () => void }) {
  const { card } = props;
  return (
    <ConfirmDeleteDialog
      heading={`Delete “${card.name}”?`}
      confirmLabel="Delete card"
      testId="delete-card-dialog"
      remove={() => api.call('entities.delete', { id: card.id })}
      onCancel={props.onCancel}
      onDeleted={props.onDeleted}
    >
      {whatGoes(card)} The passages themselves stay in their clippings. This cannot be undone.
    </ConfirmDeleteDialog>
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
