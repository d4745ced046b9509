// Runs before the window's first paint, ahead of the app's own JavaScript (a plain script, so the
// page waits for it): the chosen theme, so a dark one never flashes light while the app loads.
// The same reading of the stored choice as renderer/src/theme/theme-store.ts, which takes over
// once the app has loaded; tests/renderer/theme/before-first-paint.test.ts holds the two together.
(function () {
  var root = document.documentElement;
  var choice;
  try {
    choice = window.localStorage.getItem('session-studio.theme');
  } catch {
    choice = null; // Storage refused (a locked-down profile): the theme follows the system.
  }
  if (choice !== 'light' && choice !== 'dark')
    choice =
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
  root.dataset.theme = choice;
  root.style.colorScheme = choice;
  // The projector's window shows what the laptop sends, never the app's "Opening…" (index.html).
  if (window.location.hash === '#/projector') root.dataset.window = 'projector';
})();
