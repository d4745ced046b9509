import { engagementFileFormat } from '../../shared/engagement-file/format';

/** What a protected file may hold (its header's `contains`), and how to name it to a person. */
export const contentKinds = {
  engagement: engagementFileFormat,
  backup: 'session-studio-backup',
} as const;

export type ContentKind = (typeof contentKinds)[keyof typeof contentKinds];

const names: Record<string, string> = {
  [contentKinds.engagement]: 'an engagement file',
  [contentKinds.backup]: 'a full backup of Session Studio',
};

/** "an engagement file", "a full backup of Session Studio", or what the header says otherwise. */
export function contentName(contains: string): string {
  return names[contains] ?? `a protected file of another kind (“${contains}”)`;
}
