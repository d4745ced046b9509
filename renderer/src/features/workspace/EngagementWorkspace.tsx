import { Suspense, useEffect, useRef } from 'react';
import type { Route } from '../../app/routes';
import { SaveIndicator } from '../../components/SaveIndicator';
import { engagementRepository } from '../../db/repositories/engagement-repository';
import { sessionRepository } from '../../db/repositories/session-repository';
import { useEngagement } from '../../hooks/use-engagement';
import { useSessions } from '../../hooks/use-sessions';
import { MarketingPlanExport } from '../document-exports/MarketingPlanExport';
import { ProjectButton } from '../projector/ProjectButton';
import { ProjectorBar } from '../projector/ProjectorBar';
import { SessionSwitcher } from './SessionSwitcher';
import { useWorkspaceCommands } from './use-workspace-commands';
import { findWorksheet } from './worksheet-catalog';
import { WorksheetNav } from './WorksheetNav';
import { WorksheetNotBuilt } from './WorksheetNotBuilt';
import { worksheetComponents } from './worksheet-registry';

export interface EngagementWorkspaceProps {
  engagementId: string;
  worksheet: string;
  sessionId: string | null;
  navigate: (route: Route) => void;
}

export function EngagementWorkspace({
  engagementId,
  worksheet,
  sessionId,
  navigate,
}: EngagementWorkspaceProps) {
  const engagement = useEngagement(engagementId);
  const sessions = useSessions(engagementId);
  const main = useRef<HTMLElement>(null);
  const entry = findWorksheet(worksheet);
  const session =
    sessions?.find((candidate) => candidate.id === sessionId) ?? sessions?.[sessions.length - 1];
  useWorkspaceCommands({
    worksheetId: entry.id,
    goToWorksheet: (id) =>
      navigate({ name: 'engagement', engagementId, worksheet: id, sessionId: session?.id ?? null }),
    runSession: session
      ? () => navigate({ name: 'facilitate', engagementId, sessionId: session.id })
      : null,
    main,
  });

  // Noted a moment after the engagement is on screen (or when it is left, if sooner): written at
  // once, its transaction on the engagement and its sessions made the reads of the first frame
  // wait, and its change redrew the workspace while the worksheet was still opening.
  const shown = Boolean(engagement) && sessions !== undefined;
  useEffect(() => {
    if (!shown) return undefined;
    let noted = false;
    const note = () => {
      if (noted) return;
      noted = true;
      void engagementRepository.markOpened(engagementId);
    };
    const timer = setTimeout(note, 1_000);
    return () => {
      clearTimeout(timer);
      note();
    };
  }, [engagementId, shown]);

  const goHome = () => navigate({ name: 'home', creating: false, showArchived: false });

  if (engagement === undefined || sessions === undefined)
    return <p className="subtle page-pad">Opening…</p>;
  if (engagement === null) {
    return (
      <main className="page-pad">
        <p>This engagement is not on this laptop (it may have been deleted).</p>
        <button type="button" className="button" onClick={goHome}>
          Back to engagements
        </button>
      </main>
    );
  }

  const Worksheet = worksheetComponents[entry.id];
  const go = (next: { worksheet?: string; sessionId?: string }) =>
    navigate({
      name: 'engagement',
      engagementId,
      worksheet: next.worksheet ?? entry.id,
      sessionId: next.sessionId ?? session?.id ?? null,
    });

  async function addSession() {
    const last = sessions?.[sessions.length - 1];
    const id = await sessionRepository.create(engagementId, {
      title: `Session ${(sessions?.length ?? 0) + 1}`,
      date: new Date().toISOString().slice(0, 10),
      location: last?.location ?? '',
      startTime: last?.startTime ?? '09:00',
      lengthMinutes: last?.lengthMinutes ?? 180,
    });
    go({ sessionId: id, worksheet: 'purpose-agenda' });
  }

  return (
    <div className="workspace">
      <header className="workspace-header">
        <button type="button" className="button button--link" onClick={goHome}>
          ← Engagements
        </button>
        <div className="workspace-header__title">
          <h1>{engagement.clientName}</h1>
          <span className="subtle">{engagement.title}</span>
        </div>
        {session ? (
          <SessionSwitcher
            sessions={sessions}
            currentId={session.id}
            onSelect={(id) => go({ sessionId: id })}
            onAdd={() => void addSession()}
          />
        ) : null}
        <SaveIndicator />
        <ProjectButton />
        <MarketingPlanExport engagement={engagement} />
      </header>
      <ProjectorBar worksheet={entry.id} />
      <div className="workspace-body">
        <WorksheetNav current={entry.id} onSelect={(id) => go({ worksheet: id })} />
        <main className="workspace-main" ref={main}>
          {!session ? (
            <p>This engagement has no session yet.</p>
          ) : Worksheet ? (
            <Suspense fallback={<p className="subtle">Opening {entry.label}…</p>}>
              <Worksheet
                key={`${entry.id}:${session.id}`}
                engagement={engagement}
                session={session}
                sessions={sessions}
              />
            </Suspense>
          ) : (
            <WorksheetNotBuilt entry={entry} />
          )}
        </main>
      </div>
    </div>
  );
}
