import { useCallback, useEffect, useState } from 'react';
import type { BackupList } from '../../../shared/backups/backup-schemas';
import { platformApi } from '../platform/session-studio-api';

/** The automatic backups main keeps, newest first; reload after anything that takes one. */
export function useBackups() {
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    void platformApi()
      .listBackups(null)
      .then((result) => {
        if (!current) return;
        if (result.ok) {
          setList(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [asked]);

  const reload = useCallback(() => setAsked((count) => count + 1), []);
  return { list, error, reload };
}
