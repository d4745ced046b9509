import type { EngagementFile } from './format';

/** An engagement file as written to disk: two-space JSON and a final newline. */
export function engagementFileText(file: EngagementFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
