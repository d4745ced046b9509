import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engagementFileExtension } from '../../shared/engagement-file/format';
import type { OpenedFiles } from '../engagement-file/opened-files';

/**
 * The engagement files among a command line's arguments: what Windows and Linux pass when a
 * `.sessionstudio` file is double-clicked (a path, or a file:// URL from a Linux file manager),
 * and what a second launch forwards. Options, the executable and the app folder are skipped;
 * relative paths are resolved against the folder the command ran in.
 */
export function engagementFilePathsIn(argv: readonly string[], workingDirectory: string): string[] {
  const suffix = `.${engagementFileExtension}`.toLowerCase();
  return argv.flatMap((argument) => {
    if (argument.startsWith('-') || !argument.toLowerCase().endsWith(suffix)) return [];
    let path = argument;
    if (argument.startsWith('file://')) {
      try {
        path = fileURLToPath(argument);
      } catch {
        return [];
      }
    }
    return [isAbsolute(path) ? path : resolve(workingDirectory, path)];
  });
}

/**
 * Takes what the operating system hands over (a command line, or one path from macOS's
 * `open-file`), queues the engagement files in it, and calls `notify` when any was new: main then
 * tells the window, which imports them one after the other.
 */
export function receiveOpenedFiles(
  openedFiles: OpenedFiles,
  notify: () => void,
): (argv: readonly string[], workingDirectory: string) => void {
  return (argv, workingDirectory) => {
    if (openedFiles.add(engagementFilePathsIn(argv, workingDirectory))) notify();
  };
}
