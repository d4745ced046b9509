import { describe, expect, it, vi } from 'vitest';
import { onCommand, onFallbackCommand, runCommand } from '../../../renderer/src/app/command-bus';

describe('the menu’s Export… command', () => {
  it('reaches the worksheet’s own export first, whatever mounted last, then the fallback', () => {
    const worksheet = vi.fn();
    const plan = vi.fn();
    const stopWorksheet = onCommand('export-document', worksheet);
    const stopPlan = onFallbackCommand('export-document', plan);
    expect(runCommand('export-document')).toBe(true);
    expect(worksheet).toHaveBeenCalledTimes(1);
    expect(plan).not.toHaveBeenCalled();

    stopWorksheet();
    expect(runCommand('export-document')).toBe(true);
    expect(plan).toHaveBeenCalledTimes(1);

    stopPlan();
    expect(runCommand('export-document')).toBe(false);
  });
});
