import { useEffect, useState } from 'react';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { requestPersistentStorage } from '../db/persistent-storage';
import { startSafetyCopy, type SafetyNotice } from '../db/safety/start-safety-copy';
import { Notice } from '../components/Notice';
import { EngagementsHome } from '../features/engagements-home/EngagementsHome';
import { EngagementWorkspace } from '../features/workspace/EngagementWorkspace';
import { FacilitatorView } from '../features/facilitator/FacilitatorView';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { platformApi } from '../platform/session-studio-api';
import { runCommand } from './command-bus';
import { useRoute } from './use-route';

export function App() {
  const [route, navigate] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);
  // Nothing is shown until the database has been checked against main's safety copy (and rebuilt
  // from it if it was lost); the purge waits too, so its deletions reach the safety copy.
  const [checked, setChecked] = useState(false);
  const [safetyNotice, setSafetyNotice] = useState<SafetyNotice | null>(null);

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

  useEffect(
    () =>
      platformApi().onMenuCommand((command) => {
        if (command === 'new-engagement') {
          navigate({ name: 'home', creating: true, showArchived: false });
        } else if (!runCommand(command)) {
          setNotice('Open an engagement to export its agenda, session summary or marketing plan.');
        }
      }),
    [navigate],
  );

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
      {route.name === 'home' ? (
        <EngagementsHome
          creating={route.creating}
          showArchived={route.showArchived}
          navigate={navigate}
        />
      ) : route.name === 'settings' ? (
        <SettingsScreen
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
    </div>
  );
}
