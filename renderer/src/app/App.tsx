import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { requestPersistentStorage } from '../db/persistent-storage';
import { startSafetyCopy, type SafetyNotice } from '../db/safety/start-safety-copy';
import { checkInBackground } from '../db/safety/check-in-background';
import { Notice } from '../components/Notice';
import { EngagementFileImportDialogs } from '../features/engagements-home/EngagementFileImportDialogs';
import { EngagementsHome } from '../features/engagements-home/EngagementsHome';
import { useEngagementFileImport } from '../hooks/use-engagement-file-import';
import { useOpenedEngagementFiles } from '../hooks/use-opened-engagement-files';
import { useRecentEngagementsMenu } from '../hooks/use-recent-engagements-menu';
import { platformApi } from '../platform/session-studio-api';
import { useAppCommands } from './use-app-commands';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useRoute } from './use-route';
import { useProjectorControl } from '../features/projector/use-projector-control';
import { useShellNotices } from './use-shell-notices';
import {
  EngagementWorkspace,
  openEngagementWhenReady,
} from '../features/workspace/engagement-workspace-code';

// The home is all a start needs; the workspace (loaded ahead once the home is idle, see
// engagement-workspace-code.ts) and facilitator mode load when first opened.
const ProjectorFeed = lazy(async () => ({
  default: (await import('../features/projector/ProjectorFeed')).ProjectorFeed,
}));
const BackupsScreen = lazy(async () => ({
  default: (await import('../features/backups/BackupsScreen')).BackupsScreen,
}));
const FacilitatorView = lazy(async () => ({
  default: (await import('../features/facilitator/FacilitatorView')).FacilitatorView,
}));
const ShortcutsSheet = lazy(async () => ({
  default: (await import('../features/shortcuts/ShortcutsSheet')).ShortcutsSheet,
}));
const SettingsScreen = lazy(async () => ({
  default: (await import('../features/settings/SettingsScreen')).SettingsScreen,
}));

export function App() {
  const [route, navigate] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);
  const projecting = useProjectorControl().status === 'open';
  // Nothing is shown until the database has been checked against main's safety copy (and rebuilt
  // from it if it was lost); the purge waits too, so its deletions reach the safety copy.
  const [checked, setChecked] = useState(false);
  const [safetyNotice, setSafetyNotice] = useState<SafetyNotice | null>(null);
  // An imported file (double-clicked, or the sample) opens once the workspace's code is here.
  const openEngagement = useCallback(
    (engagementId: string) => void openEngagementWhenReady(navigate, engagementId),
    [navigate],
  );
  // The sample engagement opens from the empty home and from the Help menu, wherever one is.
  const sample = useEngagementFileImport(openEngagement);
  const startSample = sample.start;
  const exploreSample = useCallback(() => void startSample('sample'), [startSample]);

  useEffect(() => {
    let current = true;
    void startSafetyCopy().then((result) => {
      if (!current) return;
      setSafetyNotice(result);
      setChecked(true);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!checked) return;
    void checkInBackground().then((found) => found && setSafetyNotice(found));
    void requestPersistentStorage();
    void engagementRepository.purgeDeleted();
  }, [checked]);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const notify = useCallback((message: string) => setNotice(message || null), []);
  const { run: runAppCommand, openRecent } = useAppCommands({
    route,
    navigate,
    notify,
    shortcutsOpen,
    setShortcutsOpen,
    exploreSample,
  });
  useEffect(() => platformApi().onMenuCommand(runAppCommand), [runAppCommand]);
  useEffect(() => platformApi().onOpenEngagement(openRecent), [openRecent]);
  useKeyboardShortcuts(runAppCommand);
  useRecentEngagementsMenu(checked);
  useShellNotices(checked, notify);

  // Said at once, so the window is never blank while the check runs (its first paint).
  if (!checked)
    return (
      <div className="app" aria-busy="true">
        <p className="subtle app-starting">Opening your engagements…</p>
      </div>
    );

  return (
    <div className="app">
      {safetyNotice ? (
        <div className="app-notice">
          <Notice tone={safetyNotice.tone} onDismiss={() => setSafetyNotice(null)}>
            {safetyNotice.text}
          </Notice>
        </div>
      ) : null}
      {notice ? (
        <div className="app-notice">
          <Notice tone="info" onDismiss={() => setNotice(null)}>
            {notice}
          </Notice>
        </div>
      ) : null}
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      ) : null}
      <Suspense fallback={<p className="subtle page-pad">Opening…</p>}>
        {route.name === 'home' ? (
          <EngagementsHome
            creating={route.creating}
            showArchived={route.showArchived}
            navigate={navigate}
            onExploreSample={exploreSample}
            exploringSample={sample.state.kind === 'busy'}
          />
        ) : route.name === 'settings' ? (
          <SettingsScreen
            onClose={() => navigate({ name: 'home', creating: false, showArchived: false })}
          />
        ) : route.name === 'backups' ? (
          <BackupsScreen
            onClose={() => navigate({ name: 'home', creating: false, showArchived: false })}
          />
        ) : route.name === 'facilitate' ? (
          <FacilitatorView
            key={`${route.engagementId}:${route.sessionId}`}
            engagementId={route.engagementId}
            sessionId={route.sessionId}
            navigate={navigate}
          />
        ) : (
          <EngagementWorkspace
            key={route.engagementId}
            engagementId={route.engagementId}
            worksheet={route.worksheet}
            sessionId={route.sessionId}
            navigate={navigate}
          />
        )}
      </Suspense>
      {projecting && (route.name === 'engagement' || route.name === 'facilitate') ? (
        <Suspense fallback={null}>
          <ProjectorFeed
            engagementId={route.engagementId}
            sessionId={route.sessionId}
            worksheet={route.name === 'facilitate' ? null : route.worksheet}
          />
        </Suspense>
      ) : null}
      <EngagementFileImportDialogs flow={sample} />
      {/* Only once the database is checked: an opened file is imported like a picked one. */}
      <OpenedEngagementFiles onImported={openEngagement} />
    </div>
  );
}

/** Engagement files opened from the desktop: imported in turn, with the import's own dialogs. */
function OpenedEngagementFiles({ onImported }: { onImported: (engagementId: string) => void }) {
  const opened = useOpenedEngagementFiles(onImported);
  return <EngagementFileImportDialogs flow={opened} />;
}
