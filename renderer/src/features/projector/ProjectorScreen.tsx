import { useEffect, useState } from 'react';
import { openProjectorChannel } from './projector-channel';
import type { Projection } from './projection/projection';
import { ProjectedView } from './views/ProjectedView';
import './projector.css';

/**
 * The projector window's whole page: what the laptop sends, read-only and in large type. It reads
 * no data itself and starts none of the app's start-up work: the laptop's window owns the data.
 */
export function ProjectorScreen() {
  const [shown, setShown] = useState<{ projection: Projection; receivedAt: number } | null>(null);

  useEffect(() => {
    document.title = 'Session Studio · Projector';
    const channel = openProjectorChannel((message) => {
      if (message.kind === 'show')
        setShown({ projection: message.projection, receivedAt: Date.now() });
    });
    channel.send({ kind: 'hello' });
    const closing = () => channel.send({ kind: 'closed' });
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pagehide', closing);
      channel.close();
    };
  }, []);

  if (!shown)
    return (
      <main className="projector projector--waiting" data-testid="projector">
        <p>Waiting for Session Studio’s window to show something here…</p>
      </main>
    );
  const { projection } = shown;
  return (
    <main className="projector" data-testid="projector" aria-label="Projector">
      <header className="projector__heading">
        <span>{projection.clientName}</span>
        {projection.sessionTitle ? <span> · {projection.sessionTitle}</span> : null}
      </header>
      <ProjectedView projection={projection} receivedAt={shown.receivedAt} />
    </main>
  );
}
