import { z } from 'zod';
import { engagementFileSchema } from './file-schema';

/** What main answers when the consultant picks a file to import; nothing is written yet. */
export const engagementFileReadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  /** The file cannot be imported; each problem is a line for the consultant. */
  z.object({ status: z.literal('refused'), fileName: z.string(), problems: z.array(z.string()) }),
  z.object({ status: z.literal('read'), fileName: z.string(), file: engagementFileSchema }),
  /**
   * The file is protected with a passphrase: main keeps it under `ticket` until it is unlocked.
   * `problem` says why the last passphrase did not open it (null when none was given yet).
   */
  z.object({
    status: z.literal('locked'),
    fileName: z.string(),
    ticket: z.string(),
    problem: z.string().nullable(),
  }),
]);
export type EngagementFileRead = z.infer<typeof engagementFileReadSchema>;
