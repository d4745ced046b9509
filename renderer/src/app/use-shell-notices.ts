import { useEffect } from 'react';
import { platformApi } from '../platform/session-studio-api';

/** Once the app is shown: what the shell has to say (the window moved to another display). */
export function useShellNotices(ready: boolean, notify: (message: string) => void): void {
  useEffect(() => {
    if (!ready) return;
    let current = true;
    void platformApi()
      .getShellNotices(null)
      .then((result) => {
        if (current && result.ok && result.value.length > 0) notify(result.value.join(' '));
      });
    return () => {
      current = false;
    };
  }, [ready, notify]);
}
