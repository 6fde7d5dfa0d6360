// What the passages panel does to a passage: show, edit, link, unlink, cite and delete (with Undo).
import type { Passage } from '../../../../shared/domain';
import type { ApiResult } from '../../../../shared/errors';
import { useAction } from '../../api/useAction';
import { citeInNote } from '../../lib/pendingCitation';
import { linkPassage, recreatePassage } from './passageActions';
import type { PassageItemActions } from './PassageItem';
import type { ReaderRefresh } from './readerRefresh';

export function usePassageActions(options: {
  refresh: ReaderRefresh;
  onShow: (passage: Passage) => void;
  /** A passage is gone: it is no longer the active one. */
  onDeleted: (passage: Passage) => void;
}): PassageItemActions {
  const { reloadPassages, reloadSuggestions, onChanged, onNotice } = options.refresh;
  const { run } = useAction();

  async function afterEdit(result: ApiResult<Passage>): Promise<string | null> {
    await reloadPassages();
    if (!result.ok) return result.error.message;
    onChanged();
    return null;
  }

  async function remove(passage: Passage) {
    const result = await run('passages.delete', { id: passage.id });
    if (!result.ok) return onNotice({ kind: 'error', message: `The passage was not deleted: ${result.error.message}` });
    options.onDeleted(passage);
    await reloadPassages();
    onChanged();
    onNotice({ kind: 'info', message: 'Passage deleted.', action: { label: 'Undo', run: () => void putBack(passage) } });
  }

  async function putBack(passage: Passage) {
    const restored = await recreatePassage(passage);
    if (!restored.ok) onNotice({ kind: 'error', message: `The passage could not be put back: ${restored.error.message}` });
    await reloadPassages();
    onChanged();
  }

  return {
    onSelect: options.onShow,
    onCite: (passage) => void citeInNote(passage.id).then((error) => error && onNotice({ kind: 'error', message: error })),
    onUpdate: async (passage, changed) => afterEdit(await run('passages.update', { id: passage.id, patch: changed })),
    onLink: async (passage, choice) => {
      const message = await afterEdit(await linkPassage(passage.id, choice));
      void reloadSuggestions();
      return message;
    },
    onUnlink: (passage, entityId) => void run('passages.unlink', { passageId: passage.id, entityId }).then(afterEdit),
    onDelete: (passage) => void remove(passage),
  };
}
