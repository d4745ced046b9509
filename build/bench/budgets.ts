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
  /** The marketing plan of a long, busy engagement, as the renderer sends it to main. */
  planPayloadKb: 1024,
  /** Its four charts drawn at print resolution, the first export of a session (loads the drawing). */
  planFirstChartsMs: 4000,
  /** The same, once the drawing is loaded. */
  planChartsMs: 2000,
  /**
   * Building the document (about 70 pages) and packing it; laying the pages out for the contents'
   * page numbers is most of it.
   */
  planBuildAndPackMs: 8000,
  /**
   * While the document worker builds that plan, the longest main's thread is held (posting the
   * snapshot, taking the bytes back): menus and dialogs answer within it.
   */
  planMainThreadStallMs: 250,
} as const;

export type BudgetName = keyof typeof budgets;
