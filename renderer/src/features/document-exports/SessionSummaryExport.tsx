import { useCallback } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { Session } from '../../../../shared/domain/session';
import { onCommand } from '../../app/command-bus';
import { platformApi } from '../../platform/session-studio-api';
import { commitPendingEdits } from '../purpose-agenda/commit-pending-edits';
import { CommandExportButton } from './CommandExportButton';
import type { ExportChoices } from './ExportChoicesDialog';
import { readSessionSummary } from './read-session-summary';

/** Exports the session summary (decisions and action items), the document sent after a session. */
export function SessionSummaryExport({
  engagement,
  session,
}: {
  engagement: Engagement;
  session: Session;
}) {
  const exportSummary = useCallback(
    async ({ version }: ExportChoices) => {
      // Save the field being typed in, then read the stored rows, so the document has every edit.
      await commitPendingEdits();
      return platformApi().exportSessionSummaryDocx(
        await readSessionSummary(engagement, session, version),
      );
    },
    [engagement, session],
  );
  return (
    <CommandExportButton
      label="Export summary (.docx)"
      dialogTitle="Export the session summary"
      documentKind="session-summary"
      engagementId={engagement.id}
      exportDocument={exportSummary}
      listen={onCommand}
    />
  );
}
