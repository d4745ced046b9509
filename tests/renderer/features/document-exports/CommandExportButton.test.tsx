import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandExportButton } from '../../../../renderer/src/features/document-exports/CommandExportButton';
import { setPlatformApiForTests } from '../../../../renderer/src/platform/session-studio-api';
import type { ExportProgress } from '../../../../shared/documents/export-progress';
import type { SessionStudioApi } from '../../../../shared/ipc/api';
import type { SaveOutcome } from '../../../../shared/ipc/contract';
import { ok, type IpcResult } from '../../../../shared/ipc/result';

/** Main as the window sees it: one export under way, whose stage and end the test decides. */
function mainExporting({ cancellable = true } = {}) {
  let progress: ExportProgress = { running: true, stage: null };
  let settle: (outcome: SaveOutcome) => void = () => undefined;
  const exportDocument = vi.fn(
    () =>
      new Promise<IpcResult<SaveOutcome>>((resolve) => {
        settle = (outcome) => {
          progress = { running: false, stage: null };
          resolve(ok(outcome));
        };
      }),
  );
  const cancelExport = vi.fn(async () => {
    if (!cancellable) return ok({ cancelled: false });
    settle({ status: 'cancelled' });
    return ok({ cancelled: true });
  });
  setPlatformApiForTests({
    getExportProgress: vi.fn(async () => ok(progress)),
    cancelExport,
    openSavedFile: vi.fn(),
    showSavedFile: vi.fn(),
  } as unknown as SessionStudioApi);
  return {
    exportDocument,
    cancelExport,
    reach: (stage: ExportProgress['stage']) => (progress = { running: true, stage }),
    settle: (outcome: SaveOutcome) => act(() => settle(outcome)),
  };
}

const listeners: (() => void)[] = [];
const listen = (_command: string, handler: () => void) => {
  listeners.push(handler);
  return () => undefined;
};

function renderPlanExport(exportDocument: () => Promise<IpcResult<SaveOutcome>>) {
  render(
    <CommandExportButton
      label="Export plan (.docx)"
      documentKind="marketing-plan"
      exportDocument={exportDocument}
      listen={listen}
    />,
  );
}

afterEach(() => {
  cleanup();
  listeners.length = 0;
  setPlatformApiForTests(null);
});

describe('an export button that follows its export', () => {
  it('shows each step of the plan’s export as main reaches it, then where it saved', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    const progress = await screen.findByRole('status');
    expect(progress).toHaveTextContent('Getting ready…');
    main.reach('drawing-charts');
    await waitFor(() => expect(progress).toHaveTextContent('Step 1 of 4: Drawing the charts…'));
    main.reach('packing');
    await waitFor(() => expect(progress).toHaveTextContent('Step 3 of 4: Packing the Word file…'));
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'value',
      '2',
    );
    main.reach('saving');
    await waitFor(() => expect(progress).toHaveTextContent('Step 4 of 4: Saving…'));
    expect(screen.getByRole('button', { name: 'Cancel export' })).toBeDisabled();
    await main.settle({ status: 'saved', filePath: '/exports/plan.docx' });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved to /exports/plan.docx');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('cancels the export and says nothing was saved', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    main.reach('laying-out');
    await screen.findByText('Step 2 of 4: Laying out the pages…');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(main.cancelExport).toHaveBeenCalledWith({ kind: 'marketing-plan' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Export cancelled. Nothing was saved.',
    );
    expect(screen.getByRole('button', { name: 'Export plan (.docx)' })).toBeEnabled();
  });

  it('says where it saved when the cancel came too late', async () => {
    const main = mainExporting({ cancellable: false });
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    main.reach('packing');
    await screen.findByText('Step 3 of 4: Packing the Word file…');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel export' })).toBeEnabled(),
    );
    await main.settle({ status: 'saved', filePath: '/exports/plan.docx' });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved to /exports/plan.docx');
  });

  it('does not start a second export while one is under way (Export… pressed again)', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await act(async () => listeners.forEach((press) => press()));
    await act(async () => listeners.forEach((press) => press()));
    expect(main.exportDocument).toHaveBeenCalledTimes(1);
    await main.settle({ status: 'cancelled' });
    // Cancelled in the save dialog: no news.
    expect(screen.queryByRole('status')).toBeNull();
  });
});
