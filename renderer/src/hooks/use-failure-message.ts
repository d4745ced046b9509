import { useCallback, useState } from 'react';

/** Runs a write and keeps its refusal as a message for the consultant instead of throwing. */
export function useFailureMessage() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    try {
      setError(null);
      return await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return undefined;
    }
  }, []);
  return { error, run, setError, clear: useCallback(() => setError(null), []) };
}
