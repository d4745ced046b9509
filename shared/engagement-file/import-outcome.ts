import { z } from 'zod';
import { engagementFileSchema } from './file-schema';

/** What main answers when the consultant picks a file to import; nothing is written yet. */
export const engagementFileReadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  /** The file cannot be imported; each problem is a line for the consultant. */
  z.object({ status: z.literal('refused'), fileName: z.string(), problems: z.array(z.string()) }),
  z.object({ status: z.literal('read'), fileName: z.string(), file: engagementFileSchema }),
]);
export type EngagementFileRead = z.infer<typeof engagementFileReadSchema>;
