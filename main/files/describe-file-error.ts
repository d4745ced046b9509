/** A sentence for the consultant about why a file could not be written. */
export function describeFileError(error: unknown, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Session Studio may not write to ${filePath}. Choose another folder.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder for ${filePath} does not exist. Choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so ${filePath} could not be saved. Free some space and try again.`;
    case 'EISDIR':
      return `${filePath} is a folder. Choose a file name.`;
    case 'EBUSY':
      // Windows refuses to replace a document that Word has open.
      return `${filePath} is in use, perhaps open in Word. Close it and try again, or choose another name.`;
    default:
      return `Session Studio could not save ${filePath}${code ? ` (${code})` : ''}. Nothing was written.`;
  }
}
