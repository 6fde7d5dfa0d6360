import { useLayoutEffect, useRef, useState } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { TextMap } from './textMap';

/** The article's element and the map between its DOM and the clipping's text, rebuilt when the text changes. */
export function useTextMap(clipping: Clipping) {
  const body = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<TextMap | null>(null);
  // After the article's nodes are in place (ArticleBody fills them in its own layout effect).
  useLayoutEffect(() => setMap(new TextMap(body.current!, clipping.text)), [clipping.text, clipping.html]);
  return { body, map };
}
