import { useCallback, useEffect, useRef, useState } from 'react';
import { openPanels, panelForKey, storedPanelChoices, storePanelChoices, type PanelChoices, type PanelId } from './panelLayout';

/** The panels open now (from the window's width and the analyst's remembered choices), and a toggle for each (also by key). */
export function usePanelLayout() {
  const [choices, setChoices] = useState<PanelChoices>(() => storedPanelChoices());
  const [width, setWidth] = useState(() => window.innerWidth);
  const open = openPanels(width, choices);
  const openNow = useRef(open);
  openNow.current = open;

  const toggle = useCallback((id: PanelId) => {
    setChoices((current) => {
      const next: PanelChoices = { ...current, [id]: openNow.current[id] ? 'closed' : 'open' };
      storePanelChoices(next);
      return next;
    });
  }, []);

  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    const onKeyDown = (event: KeyboardEvent) => {
      const panel = panelForKey(event);
      if (!panel || event.defaultPrevented) return;
      event.preventDefault();
      toggle(panel);
    };
    window.addEventListener('resize', onResize);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('resize', onResize);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [toggle]);

  return { open, toggle };
}
