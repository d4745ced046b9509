import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import config, { packagingConfig, signingFrom } from '../../electron-builder';

const root = join(import.meta.dirname, '../..');

/** The configuration as electron-builder itself finds and reads it in the project. */
async function configAsElectronBuilderReadsIt(): Promise<typeof config> {
  const require = createRequire(import.meta.url);
  const { getConfig } = require('app-builder-lib/out/util/config/load') as {
    getConfig(
      request: Record<string, unknown>,
    ): Promise<{ result: typeof config; configFile: string }>;
  };
  const { result, configFile } = await getConfig({
    packageKey: 'build',
    configFilename: 'electron-builder',
    projectDir: root,
    packageMetadata: null,
  });
  expect(configFile).toBe(join(root, 'electron-builder.ts'));
  return result;
}

describe('the fuses flipped in the packaged app', () => {
  it('turn off Node.js behind the app’s back and load code only from the checked archive', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('are what electron-builder reads from the project', async () => {
    expect((await configAsElectronBuilderReadsIt()).electronFuses).toEqual(config.electronFuses);
  });
});

describe('the installers', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    homepage?: string;
    author?: { name?: string; email?: string };
    scripts: Record<string, string>;
  };

  it('are an AppImage and a deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('give the deb a homepage and a maintainer', () => {
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.author?.name).toBeTruthy();
    expect(manifest.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });

  it('run the macOS app hardened, with only the JIT entitlement, from build/', () => {
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const plist = readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('use the icons the build draws into build/ from one source image', () => {
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(manifest.scripts.build).toMatch(
      /^node --import tsx build\/scripts\/icons\/draw-icons\.ts && /,
    );
  });

  it('open .sessionstudio files in Session Studio', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'sessionstudio', role: 'Editor' }),
    ]);
  });
});

describe('signing', () => {
  it('is not needed for a local build: nothing is signed and nothing is looked for', () => {
    expect(signingFrom({})).toEqual({
      macIdentity: null,
      notarize: false,
      forceCodeSigning: false,
    });
    expect(packagingConfig({}).mac?.identity).toBeNull();
  });

  it('comes from the environment: the certificate, then notarization with an Apple ID', () => {
    expect(signingFrom({ CSC_LINK: '/secrets/developer-id.p12' })).toEqual({
      macIdentity: undefined,
      notarize: false,
      forceCodeSigning: false,
    });
    expect(
      signingFrom({
        CSC_NAME: 'Developer ID Application: X',
        APPLE_ID: 'a@b.c',
        APPLE_TEAM_ID: 'T',
      }),
    ).toMatchObject({ macIdentity: undefined, notarize: true });
  });

  it('is required where a release build says so', () => {
    expect(signingFrom({ SESSION_STUDIO_REQUIRE_SIGNING: '1' }).forceCodeSigning).toBe(true);
    expect(packagingConfig({ SESSION_STUDIO_REQUIRE_SIGNING: '1' }).forceCodeSigning).toBe(true);
  });
});
