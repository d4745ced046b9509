// The app's styles: first, so every component's own come after them. (index.html styles the
// window's first frame itself, so it never waits for this file.)
import './styles.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { projectorWindowRoute } from '../../shared/ipc/channels';
import { App } from './app/App';
import { startSafetyCopy } from './db/safety/start-safety-copy';

// The projector window shows only what the laptop's window sends: none of the app's start-up work.
const ProjectorScreen = lazy(async () => ({
  default: (await import('./features/projector/ProjectorScreen')).ProjectorScreen,
}));
const isProjector = window.location.hash === projectorWindowRoute;
// The startup check begins now, beside React's first render, rather than after it (App waits for it).
if (!isProjector) void startSafetyCopy();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      {isProjector ? (
        <Suspense fallback={null}>
          <ProjectorScreen />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
