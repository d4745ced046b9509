import { useCallback } from 'react';
import { onCommand } from '../../app/command-bus';
import { useAgendaItems } from '../../hooks/use-agenda-items';
import { platformApi } from '../../platform/session-studio-api';
import { CommandExportButton } from '../document-exports/CommandExportButton';
import type { ExportChoices } from '../document-exports/ExportChoicesDialog';
import { readAgenda } from '../document-exports/read-agenda';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { RunSessionButton } from '../facilitator/RunSessionButton';
import { AgendaEditor } from './AgendaEditor';
import { commitPendingEdits } from './commit-pending-edits';
import { PurposeAndGoals } from './PurposeAndGoals';
import { SessionFields } from './SessionFields';

export function PurposeAgendaWorksheet({ engagement, session }: WorksheetProps) {
  const items = useAgendaItems(session.id);

  const exportAgenda = useCallback(
    async ({ version }: ExportChoices) => {
      // Save the field being typed in, then read the stored rows, so the document has every edit.
      await commitPendingEdits();
      return platformApi().exportAgendaDocx(await readAgenda(engagement, session, version));
    },
    [engagement, session],
  );

  return (
    <section className="worksheet" aria-labelledby="purpose-agenda-title">
      <div className="worksheet-title-row">
        <h2 id="purpose-agenda-title">Purpose & agenda</h2>
        <RunSessionButton engagementId={engagement.id} sessionId={session.id} />
        <CommandExportButton
          label="Export agenda (.docx)"
          dialogTitle="Export the agenda pre-read"
          documentKind="agenda"
          engagementId={engagement.id}
          exportDocument={exportAgenda}
          listen={onCommand}
        />
      </div>
      <p className="worksheet-hint">
        Start from a clear, attainable purpose: what do we specifically and realistically want to
        achieve in this meeting? Revenue is rarely the immediate goal. Prepare the agenda in advance
        and send it as a pre-read.
      </p>
      <SessionFields session={session} />
      <PurposeAndGoals session={session} />
      <h3>Agenda</h3>
      {items === undefined ? (
        <p className="subtle">Loading the agenda…</p>
      ) : (
        <AgendaEditor
          sessionId={session.id}
          startTime={session.startTime}
          lengthMinutes={session.lengthMinutes}
          items={items}
        />
      )}
    </section>
  );
}
