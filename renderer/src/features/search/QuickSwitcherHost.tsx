import { useEffect, useRef, useState } from 'react';
import { openSwitcherItem } from './openSearchItem';
import { QuickSwitcher } from './QuickSwitcher';
import { useSwitcherShortcut } from './useSwitcherShortcut';

/** The switcher, opened by its shortcut from any place; closing it without a choice gives the focus back. */
export function QuickSwitcherHost() {
  const [open, setOpen] = useState(false);
  const focusBack = useRef<HTMLElement | null>(null);
  const restore = useRef(false);
  useSwitcherShortcut(() => {
    if (open) return;
    focusBack.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  });
  useEffect(() => {
    if (open || !restore.current) return;
    restore.current = false;
    focusBack.current?.focus({ preventScroll: true });
  }, [open]);

  if (!open) return null;
  return (
    <QuickSwitcher
      onClose={() => {
        restore.current = true;
        setOpen(false);
      }}
      onOpen={(item) => {
        // Going somewhere else: the focus goes there, not back.
        restore.current = false;
        openSwitcherItem(item);
      }}
    />
  );
}
