import { resolve } from 'node:path';

/**
 * The files main itself wrote in this run (exports, engagement files). "Open" and "Show in
 * folder" act only on these: a path from the renderer is a question about one of them, never an
 * instruction to open whatever it names.
 */
export interface SavedFiles {
  remember(filePath: string): void;
  has(filePath: string): boolean;
}

export function createSavedFiles(): SavedFiles {
  const paths = new Set<string>();
  return {
    remember: (filePath) => void paths.add(resolve(filePath)),
    has: (filePath) => paths.has(resolve(filePath)),
  };
}
