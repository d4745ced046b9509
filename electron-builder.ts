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

/**
 * Signing comes from the environment, never from the repository, and a local build needs none.
 * electron-builder reads the certificates itself: CSC_LINK and CSC_KEY_PASSWORD (macOS, and
 * Windows unless WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD are set), or CSC_NAME for a certificate in
 * the macOS keychain; notarization uses APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID.
 * SESSION_STUDIO_REQUIRE_SIGNING=1 makes an unsigned build fail (a release).
 */
export function signingFrom(env: NodeJS.ProcessEnv): {
  macIdentity: null | undefined;
  notarize: boolean;
  forceCodeSigning: boolean;
} {
  const macCertificate = Boolean(env.CSC_LINK || env.CSC_NAME);
  return {
    // null: build unsigned, without looking for a certificate in the keychain.
    macIdentity: macCertificate ? undefined : null,
    notarize: macCertificate && Boolean(env.APPLE_TEAM_ID && env.APPLE_ID),
    forceCodeSigning: env.SESSION_STUDIO_REQUIRE_SIGNING === '1',
  };
}

/** Packaging for Session Studio: `npm run dist` builds the app, then packs it for this platform. */
export function packagingConfig(env: NodeJS.ProcessEnv = process.env): Configuration {
  const signing = signingFrom(env);
  return {
    appId: 'com.sessionstudio.app',
    productName: 'Session Studio',
    copyright: 'Copyright © Session Studio',
    directories: { output: 'dist', buildResources: 'build' },
    // Only what runs: the build output without source maps, the manifest, and the production
    // dependencies electron-builder adds, without their TypeScript sources, declarations and maps.
    files: [
      'out/**',
      '!out/**/*.map',
      'package.json',
      '!**/node_modules/**/*.{ts,mts,cts,map}',
      '!**/node_modules/@types/**',
      '!**/node_modules/undici-types/**',
    ],
    asar: true,
    electronFuses: fuses,
    // Every native dependency is a prebuilt N-API module (@resvg/resvg-js): nothing to rebuild.
    npmRebuild: false,
    forceCodeSigning: signing.forceCodeSigning,
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
    // The icons are drawn into build/ from build/icon.svg by `npm run build`.
    linux: {
      target: ['AppImage', 'deb'],
      icon: 'build/icons',
      category: 'Office',
      executableName: 'session-studio',
      synopsis: 'Prepare and run strategic planning sessions, offline.',
      // The deb's maintainer and homepage come from package.json (author, homepage).
    },
    mac: {
      target: ['dmg'],
      icon: 'build/icon.icns',
      category: 'public.app-category.business',
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      identity: signing.macIdentity,
      notarize: signing.notarize,
    },
    win: { target: ['nsis'], icon: 'build/icon.ico' },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    // Session Studio is distributed by hand; nothing is uploaded anywhere.
    publish: null,
  };
}

export default packagingConfig();
