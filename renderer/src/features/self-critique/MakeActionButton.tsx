import { useState } from 'react';
import { critiqueSourceLabel, type CritiqueEntry } from '../../../../shared/domain/critique';
import { actionItemRepository } from '../../db/repositories/action-item-repository';
import { critiqueEntryRepository } from '../../db/repositories/critique-repository';
import { FieldError } from '../../components/FieldMessage';
import { useFailureMessage } from '../../hooks/use-failure-message';

interface MakeActionButtonProps {
  entry: CritiqueEntry;
  engagementId: string;
  sessionId: string;
}

/** Turns a needed change into an action item in one step, traced back to the change. */
export function MakeActionButton({ entry, engagementId, sessionId }: MakeActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const { error, run, setError } = useFailureMessage();

  async function make() {
    setBusy(true);
    // The stored words, which include what was typed just before the click (saved on blur).
    const latest = (await critiqueEntryRepository.get(entry.id)) ?? entry;
    if (latest.text.trim() === '') {
      setError('Write the change first; the action item takes its words.');
      setBusy(false);
      return;
    }
    const id = await run(() =>
      actionItemRepository.create(engagementId, sessionId, {
        what: latest.text.trim(),
        source: { kind: 'critique', id: latest.id, label: critiqueSourceLabel(latest) },
      }),
    );
    // On success the row shows its action instead of this button; stay disabled until then.
    if (id === undefined) setBusy(false);
  }

  return (
    <div className="make-action">
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => void make()}
      >
        Make this an action item
      </button>
      <FieldError message={error} />
    </div>
  );
}
