import { describe, expect, it } from 'vitest';
import { createExportRuns } from '../../../main/documents/export-runs';

describe('the document exports under way', () => {
  it('tell how far an export has got, and nothing once it has ended', () => {
    const runs = createExportRuns();
    expect(runs.progress('marketing-plan')).toEqual({ running: false, stage: null });
    const run = runs.start('marketing-plan');
    expect(runs.progress('marketing-plan')).toEqual({ running: true, stage: null });
    run.reached('drawing-charts');
    expect(runs.progress('marketing-plan')).toEqual({ running: true, stage: 'drawing-charts' });
    expect(runs.progress('agenda')).toEqual({ running: false, stage: null });
    expect(run.beginSaving()).toBe(true);
    expect(runs.progress('marketing-plan')).toEqual({ running: true, stage: 'saving' });
    run.end();
    expect(runs.progress('marketing-plan')).toEqual({ running: false, stage: null });
  });

  it('cancel an export before it saves, and then refuse to begin saving', () => {
    const runs = createExportRuns();
    const run = runs.start('agenda');
    run.reached('packing');
    expect(runs.cancel('agenda')).toBe(true);
    expect(run.signal.aborted).toBe(true);
    expect(run.beginSaving()).toBe(false);
  });

  it('do not cancel an export that is already saving, nor one that is not under way', () => {
    const runs = createExportRuns();
    expect(runs.cancel('session-summary')).toBe(false);
    const run = runs.start('session-summary');
    run.beginSaving();
    expect(runs.cancel('session-summary')).toBe(false);
    expect(run.signal.aborted).toBe(false);
  });

  it('refuse a second export of the same document while one is under way, with the reason', () => {
    const runs = createExportRuns();
    const first = runs.start('marketing-plan');
    expect(() => runs.start('marketing-plan')).toThrow(
      'The marketing plan is already being exported; wait for it or cancel it first.',
    );
    const agenda = runs.start('agenda');
    agenda.end();
    first.end();
    expect(() => runs.start('marketing-plan').end()).not.toThrow();
  });
});
