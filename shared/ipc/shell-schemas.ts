import { z } from 'zod';

/** At most this many engagements in the File menu's Open Recent. */
export const recentEngagementLimit = 8;

/** An engagement the File menu offers to reopen: its id and the name the consultant knows it by. */
export const recentEngagementSchema = z.object({
  id: z.string().min(1).max(200),
  label: z.string().min(1).max(300),
});
export type RecentEngagement = z.infer<typeof recentEngagementSchema>;

export const recentEngagementsSchema = z.array(recentEngagementSchema).max(recentEngagementLimit);

/** A file main saved in this run, to open in its default program or show in its folder. */
export const savedFileRequestSchema = z.object({ filePath: z.string().min(1).max(4096) });
export type SavedFileRequest = z.infer<typeof savedFileRequestSchema>;
