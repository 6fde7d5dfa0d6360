import { useEffect, useState, type RefObject } from 'react';
import { readPalette, type Palette } from './chartStyle';

/** The chart's resolved colours, read again whenever the theme (chosen or the system's) changes. */
export function usePalette(ref: RefObject<HTMLElement | null>): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const update = () => setPalette(readPalette(host));
    update();
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    const themeObserver = new MutationObserver(update);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      scheme.removeEventListener('change', update);
      themeObserver.disconnect();
    };
  }, [ref]);
  return palette;
}
