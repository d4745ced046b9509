import { useEffect, useState } from 'react';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { requestPersistentStorage } from '../db/persistent-storage';
import { Notice } from '../components/Notice';
import { EngagementsHome } from '../features/engagements-home/EngagementsHome';
import { EngagementWorkspace } from '../features/workspace/EngagementWorkspace';
import { FacilitatorView } from '../features/facilitator/FacilitatorView';
import { platformApi } from '../platform/session-studio-api';
import { runCommand } from './command-bus';
import { useRoute } from './use-route';

export function App() {
  const [route, navigate] = useRoute();
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void requestPersistentStorage();
    void engagementRepository.purgeDeleted();
  }, []);

  useEffect(
    () =>
      platformApi().onMenuCommand((command) => {
        if (command === 'new-engagement') {
          navigate({ name: 'home', creating: true, showArchived: false });
        } else if (!runCommand(command)) {
          setNotice('Open a session’s Purpose & agenda to export its agenda.');
        }
      }),
    [navigate],
  );

  return (
    <div className="app">
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
