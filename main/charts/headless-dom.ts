import type { Window } from 'happy-dom';

/**
 * A DOM for drawing charts with no window. React DOM and recharts read `window`, `document` (and,
 * in React's development build, `navigator`) as free globals, and recharts decides at import time
 * whether it runs in a browser, so these globals must exist before either is imported: the chart
 * modules are therefore only ever loaded with a dynamic import after `installHeadlessDom()`.
 *
 * The globals stay for the life of the process (removing them while React still has timers
 * pending would throw in a callback). To disturb the rest of main as little as possible, only
 * those three names are set, and none that already exists is replaced: Node's own `navigator`,
 * timers, `fetch`, `Event` and friends stay Node's. Libraries that sniff for a browser with
 * `typeof window` could change course after the first chart; docx and zod, the other libraries
 * main uses, do not read these globals. happy-dom itself is loaded on first use too: it takes a
 * third of a second to load, which the app's start should not pay.
 */
let installed: Promise<Window> | undefined;

/** Installs the DOM globals once per process and returns the window charts are drawn in. */
export function installHeadlessDom(): Promise<Window> {
  installed ??= createHeadlessDom().catch((error: unknown) => {
    installed = undefined;
    throw error;
  });
  return installed;
}

async function createHeadlessDom(): Promise<Window> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: 'about:blank',
    width: 1280,
    height: 800,
    // The page only ever holds React's markup: no scripts, style sheets, frames or navigation.
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    navigator: window.navigator,
  };
  for (const [name, value] of Object.entries(globals)) {
    if (name in globalThis) continue;
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  return window;
}
