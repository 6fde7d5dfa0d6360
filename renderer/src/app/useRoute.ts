import { useEffect, useState } from 'react';
import { currentRoute, type Route } from '../lib/routes';

/** The current place lives in the URL hash (goTo changes it), so a reload keeps it and Back works. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
