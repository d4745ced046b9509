import { useCallback } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import { onFallbackCommand } from '../../app/command-bus';
import { usePreparedExports } from '../../hooks/use-prepared-exports';
import { platformApi } from '../../platform/session-studio-api';
import { commitPendingEdits } from '../purpose-agenda/commit-pending-edits';
import { CommandExportButton } from './CommandExportButton';
import type { ExportChoices } from './ExportChoicesDialog';
import { readMarketingPlan } from './read-marketing-plan';

/**
 * Exports the engagement's marketing plan, from the workspace header on every worksheet. The menu's
 * Export… lands here unless the worksheet on screen exports its own document (agenda, summary).
 */
export function MarketingPlanExport({ engagement }: { engagement: Engagement }) {
  usePreparedExports(engagement.id);
  const exportPlan = useCallback(
    async (choices: ExportChoices) => {
      await commitPendingEdits();
      const plan = await readMarketingPlan(engagement, choices);
      return platformApi().exportMarketingPlanDocx({ ...plan, chartForm: choices.charts });
    },
    [engagement],
  );
  return (
    // Last in the workspace header, so the save indicator changing width never moves it under the
    // pointer; its progress and outcome show in the corner, as the header has no room for them.
    <div className="corner-notices plan-export">
      <CommandExportButton
        label="Export plan (.docx)"
        dialogTitle="Export the marketing plan"
        documentKind="marketing-plan"
        engagementId={engagement.id}
        withSections
        exportDocument={exportPlan}
        listen={onFallbackCommand}
      />
    </div>
  );
}
