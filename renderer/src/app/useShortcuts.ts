import { useEffect, useRef } from 'react';
import { isOneKeyShortcut } from '../lib/keyTargets';

/** Single-key shortcuts (like "1" or "n"), only while nothing editable has the focus and no dialog is open. */
export function useShortcuts(bindings: Record<string, () => void>): void {
  const current = useRef(bindings);
  current.current = bindings;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isOneKeyShortcut(event)) return;
      const action = current.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
