import { resolve } from 'node:path';

interface ModuleGraph {
  getModuleInfo(moduleId: string): { importedIds: readonly string[] } | null;
}

/** Every module `start` imports statically, directly or not, with itself. */
function staticClosure(start: string, graph: ModuleGraph): Set<string> {
  const found = new Set<string>();
  const pending = [start];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * A code-splitting group (rolldown's output.codeSplitting) that puts every module the app's
 * module (start-app.tsx) imports statically, and the entry (main.tsx) does not, into one chunk.
 * Left to itself the bundler splits out each module the lazily loaded screens share with the
 * home (React, the database, zod, a repository or two) into a chunk of its own: some fifteen
 * files the home's first frame waits for, each a request to serve, where one does.
 */
export function startupChunkGroup(entry: string, app: string) {
  const entryId = resolve(entry);
  const appId = resolve(app);
  // Per chunking pass: the graph is the same for every module of one build.
  const passes = new WeakMap<ModuleGraph, { entry: Set<string>; app: Set<string> }>();
  return {
    name: (moduleId: string, graph: ModuleGraph) => {
      let closures = passes.get(graph);
      if (!closures) {
        closures = { entry: staticClosure(entryId, graph), app: staticClosure(appId, graph) };
        passes.set(graph, closures);
      }
      return closures.app.has(moduleId) && !closures.entry.has(moduleId) ? 'start-app' : null;
    },
  };
}
