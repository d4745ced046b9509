import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import { engagementSearchKey, searchNeedle } from '../../../../shared/domain/engagement-search';
import { onCommand } from '../../app/command-bus';
import type { Route } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveIndicator } from '../../components/SaveIndicator';
import { UndoToast } from '../../components/UndoToast';
import { engagementRepository, undoWindowMs } from '../../db/repositories/engagement-repository';
import { useEngagements } from '../../hooks/use-engagements';
import { idlePeriod } from '../../platform/idle-period';
import { ThemeSwitch } from '../../theme/ThemeSwitch';
import { preloadEngagementWorkspace } from '../workspace/engagement-workspace-code';
import { EngagementList } from './EngagementList';
import { GuidedStart } from './GuidedStart';
import { ImportEngagementFile } from './ImportEngagementFile';
import { useEngagementDeletion } from './use-engagement-deletion';

// The form (templates, past engagements, their checks) loads once the home is on screen, not
// before it: a start needs only the list.
const loadNewEngagementForm = () => import('./NewEngagementForm');
const NewEngagementForm = lazy(async () => ({
  default: (await loadNewEngagementForm()).NewEngagementForm,
}));

/** Engagements beside their search keys (engagementSearchKey), in the same order. */
interface Searchable {
  engagements: Engagement[];
  keys: string[];
}

const toggleArchived = (engagement: Engagement) =>
  void engagementRepository.setArchived(engagement.id, engagement.archivedAt === 0);

interface EngagementsHomeProps {
  creating: boolean;
  showArchived: boolean;
  navigate: (route: Route) => void;
  /** Opens the sample engagement that ships with the app (imported, or the copy already here). */
  onExploreSample: () => void;
  exploringSample: boolean;
}

export function EngagementsHome({
  creating,
  showArchived,
  navigate,
  onExploreSample,
  exploringSample,
}: EngagementsHomeProps) {
  const engagements = useEngagements();
  // Filtered as typed, in the keystroke's own frame: matching a thousand names takes well under a
  // millisecond and the list draws only the rows in view, so deferring it only made it lag a frame.
  const [query, setQuery] = useState('');
  const deletion = useEngagementDeletion();
  const search = useRef<HTMLInputElement>(null);
  // Ready before the consultant reaches for New engagement or an engagement: loaded in a quiet
  // moment once the list is on screen, never in the way of its first frame.
  useEffect(() => {
    const wait = new AbortController();
    void idlePeriod({ signal: wait.signal }).then((moment) => {
      if (!moment) return;
      void preloadEngagementWorkspace();
      void loadNewEngagementForm();
    });
    return () => wait.abort();
  }, []);
  // Edit › Find (Ctrl+F), from here or from any engagement.
  useEffect(
    () =>
      onCommand('find', () => {
        search.current?.focus();
        search.current?.select();
      }),
    [],
  );

  // Split and lowercased once per list, not per keystroke: a keystroke only compares strings.
  const lists = useMemo(() => {
    const active: Searchable = { engagements: [], keys: [] };
    const archived: Searchable = { engagements: [], keys: [] };
    for (const engagement of engagements ?? []) {
      const list = engagement.archivedAt > 0 ? archived : active;
      list.engagements.push(engagement);
      list.keys.push(engagementSearchKey(engagement));
    }
    return { active, archived };
  }, [engagements]);
  const visible = useMemo(() => {
    const pool = showArchived ? lists.archived : lists.active;
    const needle = searchNeedle(query);
    if (needle === '') return pool.engagements;
    return pool.engagements.filter((_, index) => pool.keys[index]?.includes(needle));
  }, [lists, showArchived, query]);
  const archivedCount = lists.archived.engagements.length;

  const home = (next: Partial<{ creating: boolean; showArchived: boolean }>) =>
    navigate({ name: 'home', creating: false, showArchived, ...next });

  // The workspace records the opening itself: the click waits for no write. Stable, so the
  // list's rows that stay on screen while a search narrows it are not drawn again.
  const open = useCallback(
    (engagement: Engagement) =>
      navigate({
        name: 'engagement',
        engagementId: engagement.id,
        worksheet: 'purpose-agenda',
        sessionId: null,
      }),
    [navigate],
  );

  const latest = engagements?.[0];

  return (
    <main className="home">
      <header className="home-header">
        <div>
          <h1>Session Studio</h1>
          <p className="subtle">Your engagements, on this laptop.</p>
        </div>
        <div className="home-header__actions">
          <SaveIndicator />
          <button type="button" className="button" onClick={() => navigate({ name: 'settings' })}>
            Settings
          </button>
          <button type="button" className="button" onClick={() => navigate({ name: 'backups' })}>
            Backups
          </button>
          <ThemeSwitch />
          <ImportEngagementFile
            onImported={(engagementId) =>
              navigate({
                name: 'engagement',
                engagementId,
                worksheet: 'purpose-agenda',
                sessionId: null,
              })
            }
          />
          <button
            type="button"
            className="button button--primary"
            onClick={() => home({ creating: true })}
          >
            New engagement
          </button>
        </div>
      </header>

      <div className="home-toolbar">
        <input
          ref={search}
          type="search"
          className="search"
          placeholder="Find by client or title"
          aria-label="Find engagements by client or title"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="tabs" role="tablist" aria-label="Which engagements">
          <button
            type="button"
            role="tab"
            aria-selected={!showArchived}
            className="tab"
            onClick={() => home({ showArchived: false })}
          >
            Active
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={showArchived}
            className="tab"
            onClick={() => home({ showArchived: true })}
          >
            Archived ({archivedCount})
          </button>
        </div>
      </div>

      {engagements === undefined ? (
        <p className="subtle">Opening your engagements…</p>
      ) : engagements.length === 0 && !showArchived ? (
        <GuidedStart
          onNewEngagement={() => home({ creating: true })}
          onExploreSample={onExploreSample}
          exploringSample={exploringSample}
        />
      ) : visible.length === 0 ? (
        <div className="empty-state">
          {query.trim() !== '' ? (
            <p>
              No {showArchived ? 'archived ' : ''}engagement matches “{query.trim()}”.
            </p>
          ) : showArchived ? (
            <p>No archived engagements.</p>
          ) : (
            <p>No active engagements: the others are under Archived.</p>
          )}
        </div>
      ) : (
        <EngagementList
          engagements={visible}
          onOpen={open}
          onArchiveToggle={toggleArchived}
          onDelete={deletion.ask}
        />
      )}

      {creating ? (
        <Suspense fallback={null}>
          <NewEngagementForm
            defaults={{
              consultantName: latest?.consultantName ?? '',
              firmName: latest?.firmName ?? '',
            }}
            pastEngagements={engagements ?? []}
            onCancel={() => home({ creating: false })}
            onCreated={(engagementId, sessionId) =>
              navigate({ name: 'engagement', engagementId, worksheet: 'purpose-agenda', sessionId })
            }
          />
        </Suspense>
      ) : null}

      {deletion.confirming ? (
        <ConfirmDialog
          title={`Delete “${deletion.confirming.clientName} — ${deletion.confirming.title}”?`}
          confirmLabel="Delete engagement"
          danger
          onCancel={deletion.cancel}
          onConfirm={() => void deletion.confirm()}
        >
          <p>
            This removes the engagement, its sessions and everything in them from this laptop. You
            can undo it for a few seconds.
          </p>
        </ConfirmDialog>
      ) : null}

      {deletion.deleted ? (
        <UndoToast
          key={deletion.deleted.id}
          message={`Deleted “${deletion.deleted.clientName} — ${deletion.deleted.title}”.`}
          onUndo={() => void deletion.undo()}
          onExpire={deletion.expire}
          durationMs={undoWindowMs}
        />
      ) : null}
    </main>
  );
}
