// Accepting entity suggestions (links their mentions, making new cards) and rejecting one for good
// (with Undo, like deleting a passage).
import { useAction } from '../../api/useAction';
import type { ReaderRefresh } from './readerRefresh';
import { occurrencesToAccept, type SuggestionGroup } from './suggestionGroups';

export function useSuggestionActions(clippingId: string, refresh: ReaderRefresh) {
  const { reloadPassages, reloadSuggestions, onChanged, onNotice } = refresh;
  const accepting = useAction();
  const rejecting = useAction();

  async function accept(accepted: SuggestionGroup[]) {
    const suggestions = accepted.flatMap(occurrencesToAccept).map(({ text, start, end, type, name, entityId }) => ({ text, start, end, type, name, entityId }));
    const result = await accepting.run('entities.acceptSuggestions', { clippingId, suggestions });
    if (!result.ok) return onNotice({ kind: 'error', message: `The suggestions were not accepted: ${result.error.message}` });
    await Promise.all([reloadPassages(), reloadSuggestions()]);
    onChanged();
    const created = result.value.createdCount;
    const made = created > 0 ? `; ${created} new card${created === 1 ? '' : 's'}` : '';
    onNotice({ kind: 'info', message: `Linked ${accepted.length === 1 ? `“${accepted[0]!.name}”` : `${accepted.length} entities`}${made}.` });
  }

  async function reject(group: SuggestionGroup) {
    const result = await rejecting.run('entities.rejectSuggestion', { clippingId, name: group.name, type: group.type });
    if (!result.ok) return onNotice({ kind: 'error', message: `The suggestion was not rejected: ${result.error.message}` });
    await reloadSuggestions();
    onNotice({ kind: 'info', message: `Rejected “${group.name}” for this clipping.`, action: { label: 'Undo', run: () => void unreject(group) } });
  }

  async function unreject(group: SuggestionGroup) {
    const result = await rejecting.run('entities.unrejectSuggestion', { clippingId, name: group.name, type: group.type });
    if (!result.ok) onNotice({ kind: 'error', message: `The suggestion could not be offered again: ${result.error.message}` });
    await reloadSuggestions();
  }

  return { accepting: accepting.busy, accept, reject };
}
