import type { Route } from '../../app/routes';
import { codeLoadedOrCap } from '../../components/code-wait';
import { preloadable } from '../../components/preloadable';
import type { EngagementWorkspaceProps } from './EngagementWorkspace';

/**
 * The workspace is a chunk of its own, so the home paints without it. Its code, and that of the
 * worksheet an engagement opens on, is loaded in a quiet moment on the home, so a click on an
 * engagement opens it without waiting for code (or for a loading fallback to be taken down).
 */
const workspace = preloadable<EngagementWorkspaceProps>(
  async () => (await import('./EngagementWorkspace')).EngagementWorkspace,
);

export const EngagementWorkspace = workspace.Component;

/** The worksheet an engagement opens on, from the home or from File › Open Recent. */
const openingWorksheet = 'purpose-agenda';

/** Loads the workspace and its opening worksheet; never rejects (opening loads them again). */
export async function preloadEngagementWorkspace(): Promise<void> {
  await Promise.all([
    workspace.preload().catch(() => undefined),
    import('./worksheet-registry').then(
      ({ preloadWorksheet }) => preloadWorksheet(openingWorksheet),
      () => undefined,
    ),
  ]);
}

/**
 * Resolves once the workspace and its opening worksheet are loaded (or after a short cap), so an
 * engagement opened from File › Open Recent or a double-clicked file before the home's quiet
 * moment opens without a loading fallback.
 */
export function engagementWorkspaceReady(): Promise<void> {
  return codeLoadedOrCap(preloadEngagementWorkspace());
}

/**
 * Opens an engagement on its opening worksheet once the workspace's code is here (or the cap has
 * passed): an engagement opened from the home's import, File › Open Recent or a double-clicked file.
 */
export async function openEngagementWhenReady(
  navigate: (route: Route) => void,
  engagementId: string,
): Promise<void> {
  await engagementWorkspaceReady();
  navigate({ name: 'engagement', engagementId, worksheet: openingWorksheet, sessionId: null });
}
