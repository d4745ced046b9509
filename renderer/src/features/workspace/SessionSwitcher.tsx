import type { Session } from '../../../../shared/domain/session';

interface SessionSwitcherProps {
  sessions: readonly Session[];
  currentId: string;
  onSelect: (sessionId: string) => void;
  onAdd: () => void;
}

export function SessionSwitcher({ sessions, currentId, onSelect, onAdd }: SessionSwitcherProps) {
  return (
    <div className="session-switcher">
      <label htmlFor="session-select">Session</label>
      <select
        id="session-select"
        value={currentId}
        onChange={(event) => onSelect(event.target.value)}
      >
        {sessions.map((session) => (
          <option key={session.id} value={session.id}>
            {session.title} · {session.date}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={onAdd}>
        Add session
      </button>
    </div>
  );
}
