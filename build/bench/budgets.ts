/**
 * What "fast" means for Session Studio: what a consultant exporting the plan in front of the
 * client, or typing during a session, should get. These are targets, not what was last measured:
 * a result over budget fails `npm run bench`, and the answer is to find and fix the cause, never
 * to raise the number. Timings are medians of several runs after a warm-up (see report.ts).
 */
export const budgets = {
  // The command line, against pandoc on the same content, on the same machine in the same run.
  /** The sample engagement's marketing plan, whole process, divided by pandoc's time. */
  commandLineToPandoc: 1.0,
  /** Peak memory of that command-line export. */
  commandLinePeakMb: 250,

  // Exporting the long, busy plan (about 70 pages) from the app.
  /** The plan as the renderer sends it to main. */
  planPayloadKb: 1024,
  /** From the click to the file written, the first export since the app started. */
  planExportColdMs: 1500,
  /** The same, once an export has run. */
  planExportWarmMs: 800,
  /**
   * All its charts (five: the plan of campaigns with budgets adds the investment chart; seven
   * pictures, as its long campaign timeline is split into three) drawn at print resolution, once
   * the drawing is loaded.
   */
  planChartsWarmMs: 150,
  /** The longest main's thread is held meanwhile: menus and dialogs answer within it. */
  planMainThreadStallMs: 50,

  // How export time grows with the engagement.
  /**
   * The cost of each added campaign or action item at the largest size, relative to its cost at
   * the smallest: 1 is linear; the margin is measurement noise, a quadratic cost shows as 4.
   */
  exportCostPerItemGrowth: 1.25,
  /** Bad input (far past the limits; charts of 0, 1 or 1,000 points): written or refused, whole process. */
  badInputMs: 1500,

  // The renderer, in Chromium.
  /** JavaScript loaded before the home's first paint, gzip-compressed. */
  firstPaintJsKb: 250,
  /** Opening the built renderer in a fresh profile to its first contentful paint. */
  coldFirstPaintMs: 300,
  /** Reload to the first frame showing the list, with 1,000 engagements stored. */
  homeListShownMs: 300,
  /** A search keystroke to the frame showing the filtered list, 95th percentile. */
  homeSearchP95Ms: 16,
  /** JavaScript heap in use on the home with 1,000 engagements, after garbage collection. */
  homeHeapMb: 150,
  /** Keystroke to the next frame on screen, 95th percentile, with saving on. */
  keystrokeP95Ms: 16,
  /** The longest task on the renderer's main thread while typing with saving on. */
  typingLongestTaskMs: 50,
  /** Client records (shared/data/tables.ts) a field's typing may write: only the one being edited. */
  recordsWrittenPerField: 1,
  /**
   * The safety copy's bookkeeping a field's typing may write: the digest row of the engagement
   * being edited, updated in the same transaction as the record (renderer/src/db/safety).
   */
  digestRowsWrittenPerField: 1,
  /** Writes to the engagement's own row while a session field or agenda item is typed. */
  engagementWritesWhileTyping: 0,
  /** JavaScript heap in use with the long, busy engagement open, after garbage collection. */
  busyEngagementHeapMb: 150,

  // A library of years of work: 300 engagements the size of the sample, 20 long, busy ones.
  /** Relaunch to the list with that library, against one engagement: 1 is 10 % (or 50 ms) more. */
  libraryRelaunchGrowthShare: 1,
  /** Reload to the first frame showing the list, with that library. */
  libraryReloadListMs: 500,
  /** A click on an engagement in the list to the frame with it open. */
  libraryOpenEngagementMs: 200,
  /** Import engagement file… of a long, busy engagement to the frame with it open, any library. */
  libraryImportMs: 1000,
  /** An edit appended and fsynced by main, 95th percentile, also while a fold writes. */
  libraryEditAckP95Ms: 50,
  /** Main's safety folder (copy, journals, every backup) against the data it protects. */
  librarySafetyFolderRatio: 2,

  // Encryption: what protecting client data may cost the consultant.
  /** An edit acknowledged by main with the safety copy encrypted at rest, 95th percentile. */
  encryptedEditAckP95Ms: 50,
  /** What encryption at rest adds to an edit's acknowledgement, median: unnoticeable. */
  encryptionEditAckOverheadMs: 5,
  /**
   * Export engagement file… of the long, busy engagement with a passphrase, to the file written:
   * one second, scrypt's deliberate cost (what makes guessing the passphrase slow) included.
   */
  protectedFileExportMs: 1000,
  /** Opening and checking that file with its passphrase, before it is imported: one second. */
  protectedFileImportMs: 1000,
} as const;

export type BudgetName = keyof typeof budgets;
