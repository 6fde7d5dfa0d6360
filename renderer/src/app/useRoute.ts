import { useCallback, useEffect, useState } from 'react';
import { goTo, parseHash, type Route } from '../lib/routes';

/** The current place lives in the URL hash, so a reload keeps it and Back works. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    goTo(next);
    setRoute(next);
  }, []);
  return [route, navigate];
}
