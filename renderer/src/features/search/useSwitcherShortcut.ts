import { useEffect, useRef } from 'react';
import { isApple } from '../../components/FindBar';

/**
 * Ctrl/Cmd+K (and Ctrl/Cmd+P) open the quick switcher from anywhere, an editor included: caught
 * before the page's own handlers. One exception keeps the Notebook's link shortcut: Ctrl/Cmd+K with
 * words selected in an editable field makes a link of them, as editors do.
 */
export function useSwitcherShortcut(open: () => void): void {
  const current = useRef(open);
  current.current = open;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isApple() ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey || (event.code !== 'KeyK' && event.code !== 'KeyP')) return;
      if (event.code === 'KeyK' && selectsTextInEditor()) return;
      // Another modal dialog keeps the keyboard; the switcher itself ignores a second press.
      if (document.querySelector('dialog[open]:not(.switcher)')) return;
      event.preventDefault();
      event.stopPropagation();
      current.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}

/** Words selected inside an editable element (a note's text). */
function selectsTextInEditor(): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  const node = selection.anchorNode;
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return Boolean(element?.closest('[contenteditable="true"]'));
}
