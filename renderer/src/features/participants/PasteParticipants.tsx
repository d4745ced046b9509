import { useId, useState } from 'react';
import { maxParticipants } from '../../../../shared/domain/participant';
import { parseParticipantLines } from '../../../../shared/domain/participant-paste';
import { Notice } from '../../components/Notice';
import { participantRepository } from '../../db/repositories/participant-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Adds a pasted list of people (from an invitation or a spreadsheet) in one go. Lines that cannot
 * be added — over the session's limit, without a name, too long — stay in the box with the reason,
 * so nothing pasted is lost.
 */
export function PasteParticipants({
  engagementId,
  sessionId,
}: {
  engagementId: string;
  sessionId: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [report, setReport] = useState<string | null>(null);
  const { error, run, clear } = useFailureMessage();

  async function addAll() {
    const { people, refused } = parseParticipantLines(text);
    const added = await run(() =>
      participantRepository.createMany(
        engagementId,
        sessionId,
        people.map(({ name, title, organisation }) => ({ name, title, organisation })),
      ),
    );
    if (added === undefined) return;
    const notAdded = people.slice(added);
    setText([...notAdded.map((person) => person.line), ...refused.map((r) => r.line)].join('\n'));
    const parts = [`Added ${count(added, 'person', 'people')}.`];
    if (notAdded.length > 0)
      parts.push(
        `${count(notAdded.length, 'line was', 'lines were')} not added: a session can have at most ${maxParticipants} participants.`,
      );
    if (refused.length > 0)
      parts.push(
        `${count(refused.length, 'line needs', 'lines need')} a fix first. ${refused[0]?.reason ?? ''}`,
      );
    if (notAdded.length + refused.length > 0) parts.push('They are still in the box.');
    setReport(parts.join(' '));
  }

  return (
    <details className="paste-participants">
      <summary>Add several people at once</summary>
      <div className="field">
        <label htmlFor={id}>People to add, one per line</label>
        <textarea
          id={id}
          rows={5}
          value={text}
          placeholder={'Ana Ruiz, CMO, Acme\nDana Lee, VP Sales, Acme'}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field-hint">
          Name, title and organisation, separated by commas or tabs (paste from a spreadsheet).
          Everyone is added as invited with the role “Other”; set roles in the list.
        </p>
      </div>
      <button
        type="button"
        className="button button--small"
        disabled={text.trim() === ''}
        onClick={() => void addAll()}
      >
        Add these people
      </button>
      {report ? (
        <Notice tone="info" onDismiss={() => setReport(null)}>
          {report}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" onDismiss={clear}>
          {error}
        </Notice>
      ) : null}
    </details>
  );
}
