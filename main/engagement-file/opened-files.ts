/**
 * Engagement files opened from the desktop, waiting for the renderer to import them one at a
 * time: a double-click (macOS `open-file`), the command line at launch, or a second launch while
 * the app runs (`second-instance`). Only main fills it, from what the operating system handed over.
 */
export interface OpenedFiles {
  /** Queues the paths not already waiting; true when any was added. */
  add(paths: readonly string[]): boolean;
  /** The next path to import, or null when none is waiting. */
  take(): string | null;
}

export function createOpenedFiles(): OpenedFiles {
  const waiting: string[] = [];
  return {
    add(paths) {
      const fresh = paths.filter(
        (path, index) => !waiting.includes(path) && paths.indexOf(path) === index,
      );
      waiting.push(...fresh);
      return fresh.length > 0;
    },
    take: () => waiting.shift() ?? null,
  };
}
