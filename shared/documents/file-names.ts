/** Names Windows keeps for devices: "NUL.docx" or "com1 .tar.gz" cannot be a file there. */
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** The part of a file name Windows compares with its device names: up to the first dot. */
function stemOf(fileName: string): string {
  return fileName.split('.')[0] ?? '';
}

/** True when Windows refuses the name because it names a device, whatever its extension. */
export function isReservedOnWindows(fileName: string): boolean {
  return reservedOnWindows.test(stemOf(fileName).trimEnd());
}

/** A file name that is safe on Windows, macOS and Linux, built from what the consultant typed. */
export function safeFileName(parts: readonly string[], extension: string): string {
  let base = parts
    .map((part) =>
      part
        .normalize('NFC')
        // Control characters are invalid in file names on every platform.
        // eslint-disable-next-line no-control-regex
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' - ')
    .replace(/\s+/g, ' ')
    .slice(0, 120)
    // Windows drops a leading or trailing dot or space, or refuses the name.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '') base = 'Session Studio';
  // A client called "Con" or "Aux" still gets a file: "Con_.docx".
  if (isReservedOnWindows(base)) {
    const stem = stemOf(base);
    base = `${stem.trimEnd()}_${base.slice(stem.length)}`;
  }
  return `${base}.${extension}`;
}

/**
 * The same guarantee for a whole name (`Acme - Agenda.docx`), as the save dialog is about to offer
 * it: whatever a caller built, the name offered is one every platform accepts.
 */
export function safeDefaultFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]/g, '') : '';
  const base = dot > 0 && extension !== '' ? fileName.slice(0, dot) : fileName;
  const safe = safeFileName([base], extension || 'x');
  return extension === '' ? safe.slice(0, -2) : safe;
}
