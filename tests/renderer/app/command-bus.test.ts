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

describe('a command delivered to the next screen', () => {
  it('runs at once when a handler is there', async () => {
    const { deliverCommand } = await import('../../../renderer/src/app/command-bus');
    const find = vi.fn();
    const stop = onCommand('find', find);
    deliverCommand('find');
    expect(find).toHaveBeenCalledTimes(1);
    stop();
  });

  it('waits for the screen that answers it, once, and not for ever', async () => {
    vi.useFakeTimers();
    try {
      const { deliverCommand } = await import('../../../renderer/src/app/command-bus');
      deliverCommand('find');
      const first = vi.fn();
      const stopFirst = onCommand('find', first);
      expect(first).toHaveBeenCalledTimes(1);
      stopFirst();
      const second = vi.fn();
      const stopSecond = onCommand('find', second);
      expect(second).not.toHaveBeenCalled();
      stopSecond();

      deliverCommand('find');
      vi.advanceTimersByTime(10_000);
      const late = vi.fn();
      const stopLate = onCommand('find', late);
      expect(late).not.toHaveBeenCalled();
      stopLate();
    } finally {
      vi.useRealTimers();
    }
  });
});
