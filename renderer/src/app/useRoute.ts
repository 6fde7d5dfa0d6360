import { useEffect, useState } from 'react';
import { parseHash, type Route } from '../lib/routes';

/** The current place lives in the URL hash (goTo changes it), so a reload keeps it and Back works. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
