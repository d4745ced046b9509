/** Something the person at the command line can fix (a file missing, refused, not writable). */
export class CliError extends Error {
  override name = 'CliError';
}
