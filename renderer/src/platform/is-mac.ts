/** macOS writes and answers shortcuts with Cmd (⌘) where Windows and Linux use Ctrl. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
