import type { Configuration } from 'electron-builder';

/**
 * Electron's fuses, flipped in the packaged binary: no Node.js behind the app's back, code only
 * from the signed archive. Read by a test (tests/build/electron-builder-config.test.ts).
 */
export const fuses = {
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js with the app's permissions.
  runAsNode: false,
  // NODE_OPTIONS and NODE_EXTRA_CA_CERTS would inject code or trust into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on the main process.
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  // The app runs only from app.asar, whose integrity is checked as it loads.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The renderer is served over app://, never file://.
  grantFileProtocolExtraPrivileges: false,
} as const;

// Packaging for Session Studio: `npm run dist` builds the app, then packs it for this platform.
const config: Configuration = {
  appId: 'com.sessionstudio.app',
  productName: 'Session Studio',
  copyright: 'Copyright © Session Studio',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the build output and the manifest; electron-builder adds the runtime dependencies itself.
  files: ['out/**', '!out/**/*.map', 'package.json'],
  asar: true,
  electronFuses: fuses,
  // Fonts for drawing charts into documents, outside the archive: resources/fonts. The sample
  // engagement (and the templates) a newcomer starts from: resources/samples, read by main.
  extraResources: [
    { from: 'build/fonts', to: 'fonts', filter: ['**/*'] },
    { from: 'samples', to: 'samples', filter: ['*.sessionstudio', 'templates/*.json'] },
  ],
  // Double-clicking an engagement file opens it in Session Studio, which imports it
  // (main/shell/file-association.ts): macOS open-file, the command line on Windows and Linux.
  fileAssociations: [
    {
      ext: 'sessionstudio',
      name: 'Session Studio engagement',
      description: 'Session Studio engagement',
      mimeType: 'application/x-session-studio-engagement',
      role: 'Editor',
    },
  ],
  linux: {
    // A .deb would also need a homepage and a maintainer's e-mail address in package.json.
    target: ['AppImage', 'tar.gz'],
    category: 'Office',
    executableName: 'session-studio',
    synopsis: 'Prepare and run strategic planning sessions, offline.',
  },
  mac: { target: ['dmg', 'zip'], category: 'public.app-category.business' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  // Session Studio is distributed by hand; nothing is uploaded anywhere.
  publish: null,
};

export default config;
