import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The command line's code, bundled into one CommonJS file beside this one by the build. */
export const commandLineBundle = 'cli-bundle.cjs';

/** How many code caches the folder keeps: one per command and build of the command line run lately. */
const keptCaches = 8;

/**
 * The cache's name for a command: each command compiles its own functions (help few, plan
 * many), and a cache holds those its first run compiled, so each has its own.
 */
const commandOf = (argv: readonly string[]) =>
  /^[a-z][a-z-]{0,19}$/.test(argv[0] ?? '') ? (argv[0] as string) : 'other';

/**
 * Where V8's code cache of the command line lives: the user's own cache folder, never a shared
 * one, as V8 runs what it finds there. NODE_COMPILE_CACHE moves it, as it moves Node's own;
 * NODE_DISABLE_COMPILE_CACHE turns it off.
 */
export function codeCacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.NODE_COMPILE_CACHE) return join(env.NODE_COMPILE_CACHE, 'session-studio');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Session Studio', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Session Studio');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'session-studio');
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all, and keeps only the latest few; a failure only costs time. */
function writeCache(folder: string, path: string, data: Buffer): boolean {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, path);
    const caches = readdirSync(folder)
      .filter((name) => name.endsWith('.v8cache'))
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of caches.slice(keptCaches)) rmSync(old.path, { force: true });
    return true;
  } catch {
    return false;
  }
}

export interface BundleRun {
  exitCode: number;
  /** The code cache: used as found, made (none yet, or V8 refused it), or none kept. */
  cache: 'used' | 'made' | 'none';
}

interface CommandLine {
  runCli(argv: readonly string[]): Promise<number>;
}

/**
 * Runs the bundled command line with V8's code cache, as v8-compile-cache and Node 22's
 * module.enableCompileCache do: compiling 1.4 MB of JavaScript (docx, zod, the app's document
 * code) is most of what a short command costs before it starts. The cache is named by the
 * bundle's content, Node's version and the processor's, and the command, and made after the
 * command ran, so it holds every function the command compiled; V8 checks it fits before it
 * uses it.
 */
export async function runCodeCachedBundle(
  bundlePath: string,
  argv: readonly string[],
  cacheFolder: string | null = codeCacheFolder() ?? null,
): Promise<BundleRun> {
  // Hashed as read, before it is decoded: hashing the text would encode it as UTF-8 again.
  const bytes = readFileSync(bundlePath);
  const source = bytes.toString('utf8');
  const key = createHash('sha256')
    .update(bytes)
    .update(`${process.version} ${process.arch}`)
    .digest('hex');
  const cachePath =
    cacheFolder && join(cacheFolder, `${key.slice(0, 40)}-${commandOf(argv)}.v8cache`);
  const cachedData = cachePath ? readCache(cachePath) : undefined;
  // The CommonJS wrapper on the first line, so the bundle's line numbers stay its own.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: bundlePath, ...(cachedData ? { cachedData } : {}) },
  );
  const module = { exports: {} as CommandLine };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
  );
  const exitCode = await module.exports.runCli(argv);
  if (!cacheFolder || !cachePath) return { exitCode, cache: 'none' };
  if (cachedData && !script.cachedDataRejected) return { exitCode, cache: 'used' };
  const made = writeCache(cacheFolder, cachePath, script.createCachedData());
  return { exitCode, cache: made ? 'made' : 'none' };
}
