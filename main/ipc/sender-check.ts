import { isAppUrl } from '../shell/app-origin';

export interface SenderFrame {
  url: string;
  /** True when the frame has no parent: the window's own top frame, not an iframe. */
  isTopFrame: boolean;
}

/**
 * Only the app's own top frame, loaded from the app's own origin (or, while developing, from the
 * dev server: see renderer-source.ts), may call main.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  isRendererUrl: (url: string) => boolean = isAppUrl,
): boolean {
  if (!frame || !frame.isTopFrame) return false;
  return isRendererUrl(frame.url);
}
