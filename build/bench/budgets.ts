/**
 * What "fast" means for Session Studio, measured by `npm run bench` in Chromium on the built
 * renderer. Generous enough for a modest laptop; a result over budget fails the run.
 */
export const budgets = {
  /** Keystroke to the next frame on screen, 95th percentile, with saving on. */
  keystrokeP95Ms: 50,
  /** Records a field's typing may write: only the one being edited. */
  recordsWrittenPerField: 1,
  /** Writes to the engagement's own row while a session field or agenda item is typed. */
  engagementWritesWhileTyping: 0,
  /** Reload to the first frame showing the list, with 1,000 engagements stored. */
  homeFirstRenderMs: 1500,
  /** Last keystroke of a search to the first frame showing the filtered list. */
  homeFilterMs: 300,
  /** JavaScript heap in use on the home with 1,000 engagements, after garbage collection. */
  homeHeapMb: 150,
} as const;

export type BudgetName = keyof typeof budgets;
