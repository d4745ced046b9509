import { useCallback, useEffect, useState } from 'react';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { requestPersistentStorage } from '../db/persistent-storage';
import { startSafetyCopy, type SafetyNotice } from '../db/safety/start-safety-copy';
import { Notice } from '../components/Notice';
import { EngagementFileImportDialogs } from '../features/engagements-home/EngagementFileImportDialogs';
import { EngagementsHome } from '../features/engagements-home/EngagementsHome';
import { EngagementWorkspace } from '../features/workspace/EngagementWorkspace';
import { FacilitatorView } from '../features/facilitator/FacilitatorView';
import { ShortcutsSheet } from '../features/shortcuts/ShortcutsSheet';
import { useEngagementFileImport } from '../hooks/use-engagement-file-import';
import { useRecentEngagementsMenu } from '../hooks/use-recent-engagements-menu';
import { platformApi } from '../platform/session-studio-api';
import { useAppCommands } from './use-app-commands';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useRoute } from './use-route';
import { useShellNotices } from './use-shell-notices';

export function App() {
  const [route, navigate] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);
  // Nothing is shown until the database has been checked against main's safety copy (and rebuilt
  // from it if it was lost); the purge waits too, so its deletions reach the safety copy.
  const [checked, setChecked] = useState(false);
  const [safetyNotice, setSafetyNotice] = useState<SafetyNotice | null>(null);
  // The sample engagement opens from the empty home and from the Help menu, wherever one is.
  const sample = useEngagementFileImport(
    useCallback(
      (engagementId: string) =>
        navigate({
          name: 'engagement',
          engagementId,
          worksheet: 'purpose-agenda',
          sessionId: null,
        }),
      [navigate],
    ),
  );
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
    void requestPersistentStorage();
    void engagementRepository.purgeDeleted();
  }, [checked]);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const notify = useCallback((message: string) => setNotice(message || null), []);
  const { run: runAppCommand, openEngagement } = useAppCommands({
    route,
    navigate,
    notify,
    shortcutsOpen,
    setShortcutsOpen,
    exploreSample,
  });
  useEffect(() => platformApi().onMenuCommand(runAppCommand), [runAppCommand]);
  useEffect(() => platformApi().onOpenEngagement(openEngagement), [openEngagement]);
  useKeyboardShortcuts(runAppCommand);
  useRecentEngagementsMenu(checked);
  useShellNotices(checked, notify);

  if (!checked) return <div className="app" aria-busy="true" />;

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
      {shortcutsOpen ? <ShortcutsSheet onClose={() => setShortcutsOpen(false)} /> : null}
      {route.name === 'home' ? (
        <EngagementsHome
          creating={route.creating}
          showArchived={route.showArchived}
          navigate={navigate}
          onExploreSample={exploreSample}
          exploringSample={sample.state.kind === 'busy'}
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
      <EngagementFileImportDialogs flow={sample} />
    </div>
  );
}
