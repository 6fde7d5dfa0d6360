import { useEffect, type RefObject } from 'react';
import { isFindKey } from '../../components/FindBar';
import { isDialogOpen, isEditableTarget, isOneKeyShortcut } from '../../lib/keyTargets';

/**
 * `/` and Ctrl/Cmd+F focus the Library's search box while the Library is shown and nothing
 * editable has the focus (a note, a field, a dialog keep their own keys).
 */
export function useSearchKeys(active: boolean, input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !input.current || isDialogOpen()) return;
      const slash = event.key === '/' && isOneKeyShortcut(event);
      const elsewhere = !isEditableTarget(event.target);
      // In the box itself, Ctrl/Cmd+F selects what is typed; a "/" there is just typed.
      const wanted = isFindKey(event) ? elsewhere || event.target === input.current : slash && elsewhere;
      if (!wanted) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, input]);
}
