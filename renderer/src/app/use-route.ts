import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeToHash, type Route } from './routes';

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeToHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
