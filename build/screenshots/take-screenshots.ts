import { mkdirSync } from 'node:fs';
import { launchApp, newProfileDir } from '../../tests/e2e/harness/launch-app';
import { screenshotsFolder, shots } from './screenshots';

/**
 * `npm run screenshots`: opens the sample engagement in the built app through the end-to-end
 * harness (Chromium, the real main handlers) and retakes the README's screenshots in
 * docs/screenshots/, including a page of the marketing plan exported from it (LibreOffice →
 * PDF → pdftoppm). Run it again whenever the screens, the themes or the documents change.
 */
const viewport = { width: 1280, height: 800 };

async function main(): Promise<void> {
  mkdirSync(screenshotsFolder, { recursive: true });
  const app = await launchApp(newProfileDir());
  try {
    await app.page.setViewportSize(viewport);
    for (const [, shot] of shots) await shot(app);
    if (app.networkAttempts.length > 0)
      throw new Error(`The app tried the network: ${app.networkAttempts.join(', ')}`);
  } finally {
    await app.close();
  }
}

await main();
