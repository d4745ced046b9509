import { z } from 'zod';

/** The documents whose export shows progress and can be cancelled. */
export const documentKinds = ['marketing-plan', 'session-summary', 'agenda'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** What an export is doing, in order; the charts only for the marketing plan. */
export const exportStages = ['drawing-charts', 'laying-out', 'packing', 'saving'] as const;
export type ExportStage = (typeof exportStages)[number];

export const exportStageLabels: Record<ExportStage, string> = {
  'drawing-charts': 'Drawing the charts…',
  'laying-out': 'Laying out the pages…',
  packing: 'Packing the Word file…',
  saving: 'Saving…',
};

/** The stages an export of that kind goes through, in order. */
export function stagesOf(kind: DocumentKind): readonly ExportStage[] {
  return kind === 'marketing-plan'
    ? exportStages
    : exportStages.filter((stage) => stage !== 'drawing-charts');
}

/**
 * Once saving has begun the file is written whole (atomically), so the export can no longer be
 * cancelled; before, cancelling stops the build and nothing is written.
 */
export function canCancelAt(stage: ExportStage | null): boolean {
  return stage !== 'saving';
}

export const exportKindRequestSchema = z.object({ kind: z.enum(documentKinds) });

/** Whether an export of that kind is under way and at which stage (none yet while asking where). */
export const exportProgressSchema = z.object({
  running: z.boolean(),
  stage: z.enum(exportStages).nullable(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

/** Whether the export was cancelled: false when none was under way or it was already saving. */
export const exportCancelSchema = z.object({ cancelled: z.boolean() });
