import type { ComponentType } from 'react';
import { preloadable, type Preloadable } from '../../components/preloadable';
import type { WorksheetProps } from './worksheet-props';

/** What a feature folder's `worksheet.ts` exports to appear in the workspace. */
export interface WorksheetRegistration {
  /** An id from worksheet-catalog.ts. */
  id: string;
  /**
   * Loads the worksheet's component: each worksheet is a chunk of its own, with what only it uses
   * (charts, drag and drop), fetched when it is first opened, so the home paints without them.
   */
  load: () => Promise<ComponentType<WorksheetProps>>;
}

// Each built worksheet registers itself from renderer/src/features/<folder>/worksheet.ts, so adding
// a worksheet never edits a shared list; catalog entries without one say plainly they are not built.
const modules = import.meta.glob<{ worksheet: WorksheetRegistration }>('../*/worksheet.ts', {
  eager: true,
});

const registered: Partial<Record<string, Preloadable<WorksheetProps>>> = Object.fromEntries(
  Object.values(modules).map(({ worksheet }) => [worksheet.id, preloadable(worksheet.load)]),
);

export const worksheetComponents: Partial<Record<string, ComponentType<WorksheetProps>>> =
  Object.fromEntries(Object.entries(registered).map(([id, entry]) => [id, entry?.Component]));

/**
 * Loads a worksheet's code ahead of its first opening (the one an engagement opens on, a worksheet
 * the pointer or focus reaches in the navigation), so it opens without a loading fallback.
 * Never rejects: a chunk that failed to load is tried again when the worksheet is opened.
 */
export async function preloadWorksheet(id: string): Promise<void> {
  await registered[id]?.preload().catch(() => undefined);
}
