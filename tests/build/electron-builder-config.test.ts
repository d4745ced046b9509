import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder';

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
