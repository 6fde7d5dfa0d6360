import { useEffect, type RefObject } from 'react';
import { isFindKey } from '../../components/FindBar';

/**
 * `/` and Ctrl/Cmd+F focus the Library's search box while the Library is shown and nothing
 * editable has the focus (a note, a field, a dialog keep their own keys).
 */
export function useSearchKeys(active: boolean, input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target) || document.querySelector('dialog[open]')) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!slash && !isFindKey(event)) return;
      if (!input.current) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, input]);
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
