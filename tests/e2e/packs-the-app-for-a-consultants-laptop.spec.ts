import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fuses } from '../../electron-builder';
import { electronDistStandIn } from './harness/electron-dist-stand-in';
import { projectRoot } from './harness/npm-script';
import { tempFolder } from '../main/files/temp-folder';

// The packaged app holds what it needs and nothing else. Electron's binary cannot be downloaded
// everywhere, so electron-builder packs the built app (out/) around a stand-in Electron
// (`electronDist`), with the project's own configuration, and the result is read back.

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
};
const electronFuses = require('@electron/fuses') as {
  getCurrentFuseWire(binary: string): Promise<Record<number, number>>;
  FuseV1Options: Record<string, number>;
};

/** The most app.asar may weigh: the app's code and its production dependencies, no more. */
const asarBudgetBytes = 32 * 1024 * 1024;

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function electronBuilder(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules/electron-builder/cli.js'), ...args],
      { cwd: projectRoot, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The package a path inside app.asar's node_modules belongs to ("@resvg/resvg-js", "docx"). */
function packageOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[1] !== 'node_modules' || !parts[2]) return null;
  return parts[2].startsWith('@') ? `${parts[2]}/${parts[3]}` : parts[2];
}

test.describe.configure({ timeout: 240_000 });

test('packs the app with only what it needs: its build, its production dependencies, its fuses', async () => {
  expect(
    existsSync(join(projectRoot, 'out/main/index.js')),
    'out/ is missing: run npm run build first.',
  ).toBe(true);
  const output = tempFolder();
  try {
    const packed = await electronBuilder([
      '--linux',
      'dir',
      `-c.electronDist=${electronDistStandIn()}`,
      `-c.directories.output=${output}`,
    ]);
    expect(packed.code, packed.output).toBe(0);
    const app = join(output, 'linux-unpacked');
    const archive = join(app, 'resources/app.asar');

    // The fuses were flipped in the binary as electron-builder.ts says.
    const wire = await electronFuses.getCurrentFuseWire(join(app, 'session-studio'));
    const on = (option: string) => wire[electronFuses.FuseV1Options[option] as number] === 49;
    expect({
      runAsNode: on('RunAsNode'),
      enableNodeOptionsEnvironmentVariable: on('EnableNodeOptionsEnvironmentVariable'),
      enableNodeCliInspectArguments: on('EnableNodeCliInspectArguments'),
      enableCookieEncryption: on('EnableCookieEncryption'),
      enableEmbeddedAsarIntegrityValidation: on('EnableEmbeddedAsarIntegrityValidation'),
      onlyLoadAppFromAsar: on('OnlyLoadAppFromAsar'),
      grantFileProtocolExtraPrivileges: on('GrantFileProtocolExtraPrivileges'),
    }).toEqual(fuses);

    // What must be there: the three processes' build, the manifest, the runtime dependencies.
    const entries = asar.listPackage(archive, { isPack: false });
    for (const needed of [
      '/package.json',
      '/out/main/index.js',
      '/out/main/document-worker.js',
      '/out/main/cli.js',
      '/out/main/cli-bundle.cjs',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      ...Object.keys(manifest.dependencies).map((name) => `/node_modules/${name}/package.json`),
    ]) {
      expect(entries, needed).toContain(needed);
    }
    // Beside the archive: the fonts charts are drawn with, and the sample engagement.
    expect(existsSync(join(app, 'resources/fonts/LiberationSans-Regular.ttf'))).toBe(true);
    expect(existsSync(join(app, 'resources/samples/halvorsen-cold-chain.sessionstudio'))).toBe(
      true,
    );

    // What must not: sources, tests, source maps, TypeScript, and devDependencies.
    const unwanted = entries.filter(
      (path) =>
        /\.(map|ts|mts|cts|tsx)$/.test(path) ||
        /^\/(main|preload|renderer|shared|tests|build|docs|samples|node_modules\/electron)(\/|$)/.test(
          path,
        ),
    );
    expect(unwanted).toEqual([]);
    const packedPackages = new Set(entries.map(packageOf).filter((name) => name !== null));
    const devOnly = Object.keys(manifest.devDependencies).filter((name) =>
      packedPackages.has(name),
    );
    expect(devOnly).toEqual([]);

    const size = statSync(archive).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${entries.length} entries`);
    expect(size).toBeLessThanOrEqual(asarBudgetBytes);
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});
