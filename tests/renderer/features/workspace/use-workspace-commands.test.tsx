import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../../renderer/src/app/command-bus';
import { codeWaitCapMs } from '../../../../renderer/src/components/code-wait';

const loads = vi.hoisted(() => new Map<string, () => void>());
vi.mock('../../../../renderer/src/features/workspace/worksheet-registry', () => ({
  preloadWorksheet: (id: string) =>
    new Promise<void>((resolve) => {
      loads.set(id, resolve);
    }),
}));

const { stepWorksheet, useWorkspaceCommands } =
  await import('../../../../renderer/src/features/workspace/use-workspace-commands');

function mount(worksheetId = 'purpose-agenda') {
  const goToWorksheet = vi.fn();
  const main = { current: document.createElement('main') };
  renderHook(() => useWorkspaceCommands({ worksheetId, goToWorksheet, runSession: null, main }));
  return goToWorksheet;
}

beforeEach(() => loads.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('moving between worksheets by keyboard', () => {
  it('loads only the worksheet gone to, and shows it once its code is loaded', async () => {
    const goToWorksheet = mount();
    const next = stepWorksheet('purpose-agenda', 1);
    runCommand('next-worksheet');
    expect([...loads.keys()]).toEqual([next]);
    await Promise.resolve();
    expect(goToWorksheet).not.toHaveBeenCalled();
    loads.get(next)!();
    await vi.waitFor(() => expect(goToWorksheet).toHaveBeenCalledWith(next));
  });

  it('goes ahead after a short cap when the code is slow to load', async () => {
    vi.useFakeTimers();
    const goToWorksheet = mount();
    runCommand('previous-worksheet');
    await vi.advanceTimersByTimeAsync(codeWaitCapMs - 1);
    expect(goToWorksheet).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(goToWorksheet).toHaveBeenCalledWith(stepWorksheet('purpose-agenda', -1));
  });

  it('goes on from the first press, and only to the last, when pressed again while loading', async () => {
    const goToWorksheet = mount();
    const first = stepWorksheet('purpose-agenda', 1);
    const second = stepWorksheet(first, 1);
    runCommand('next-worksheet');
    runCommand('next-worksheet');
    loads.get(second)!();
    await vi.waitFor(() => expect(goToWorksheet).toHaveBeenCalledWith(second));
    loads.get(first)!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(goToWorksheet).toHaveBeenCalledTimes(1);
  });
});
