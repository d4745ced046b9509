import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { documentChoicesRepository } from '../../../../renderer/src/db/repositories/document-choices-repository';
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
  const prepareExports = vi.fn(async () => ok(null));
  setPlatformApiForTests({
    getExportProgress: vi.fn(async () => ok(progress)),
    cancelExport,
    prepareExports,
    openSavedFile: vi.fn(),
    showSavedFile: vi.fn(),
  } as unknown as SessionStudioApi);
  return {
    exportDocument,
    cancelExport,
    prepareExports,
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
      dialogTitle="Export the marketing plan"
      documentKind="marketing-plan"
      engagementId="engagement-1"
      withSections
      exportDocument={exportDocument}
      listen={listen}
    />,
  );
}

/** Presses the plan's export button and takes the choices as they stand. */
async function exportPlan() {
  await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Export…' }));
}

beforeEach(async () => {
  await db.table('documentChoices').clear();
});

afterEach(() => {
  cleanup();
  listeners.length = 0;
  setPlatformApiForTests(null);
});

describe('an export button that follows its export', () => {
  it('shows each step of the plan’s export as main reaches it, then where it saved', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await exportPlan();
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

  it('asks main to get exports ready as the choice opens, before Export… is pressed', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    expect(main.prepareExports).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    await screen.findByRole('button', { name: 'Export…' });
    expect(main.prepareExports).toHaveBeenCalledWith(null);
    expect(main.exportDocument).not.toHaveBeenCalled();
  });

  it('cancels the export and says nothing was saved', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await exportPlan();
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
    await exportPlan();
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
    await userEvent.click(await screen.findByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(main.exportDocument).toHaveBeenCalledTimes(1));
    await act(async () => listeners.forEach((press) => press()));
    // While it runs, Export… opens no second choice and starts nothing.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.exportDocument).toHaveBeenCalledTimes(1);
    await main.settle({ status: 'cancelled' });
    // Cancelled in the save dialog: no news.
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('choosing the version, the sections and the charts before exporting', () => {
  it('exports the version, sections and charts chosen, and offers them again next time', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the marketing plan' });
    // A new engagement starts with the client version and every section.
    expect(within(dialog).getByRole('radio', { name: /Client version/ })).toBeChecked();
    expect(within(dialog).getAllByRole('checkbox', { checked: true })).toHaveLength(10);
    // Charts as pictures unless the consultant chooses editable Word charts.
    expect(within(dialog).getByRole('radio', { name: /^Pictures/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Editable Word charts/ }));
    await userEvent.click(within(dialog).getByRole('radio', { name: /Working version/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Brand personality' }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Executive summary' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(main.exportDocument).toHaveBeenCalledTimes(1));
    const chosen = {
      version: 'working',
      sections: [
        'situation',
        'objectives',
        'alignment',
        'self-critique',
        'journey',
        'work-backwards',
        'campaigns',
        'action-items',
      ],
      charts: 'native',
    };
    expect(main.exportDocument).toHaveBeenCalledWith(chosen);
    expect(await documentChoicesRepository.get('engagement-1')).toMatchObject({
      version: 'working',
      planSections: chosen.sections,
      charts: 'native',
    });
    await main.settle({ status: 'saved', filePath: '/exports/plan.docx' });

    cleanup();
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    const again = await screen.findByRole('dialog', { name: 'Export the marketing plan' });
    expect(within(again).getByRole('radio', { name: /Working version/ })).toBeChecked();
    expect(within(again).getByRole('checkbox', { name: 'Brand personality' })).not.toBeChecked();
    expect(within(again).getByRole('radio', { name: /^Editable Word charts/ })).toBeChecked();
  });

  it('will not export a plan with no section ticked, and Cancel exports nothing', async () => {
    const main = mainExporting();
    renderPlanExport(main.exportDocument);
    await userEvent.click(screen.getByRole('button', { name: 'Export plan (.docx)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the marketing plan' });
    for (const box of within(dialog).getAllByRole('checkbox')) await userEvent.click(box);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Tick at least one section of the plan.',
    );
    expect(within(dialog).getByRole('button', { name: 'Export…' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.exportDocument).not.toHaveBeenCalled();
  });
});
