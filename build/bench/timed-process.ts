import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessRun {
  /** From spawning to exit, as a person waiting at the prompt sees it. */
  wallMs: number;
  /** The process's peak resident memory, from GNU time; NaN where it is not installed. */
  peakMb: number;
  /**
   * CPU time, user and system, from GNU time (NaN without it): on a shared, busy machine the
   * wall time waits for a core, the CPU time much less.
   */
  cpuMs: number;
  stdout: string;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs a command to completion and times it whole, process start-up included. Under GNU time
 * when it is there, which reports the peak memory (its own start adds about a millisecond, to
 * every command alike). Fails with the command's own words when it exits non-zero.
 */
export function runTimed(
  command: string,
  args: readonly string[],
  { cwd, timeoutMs = 120_000 }: { cwd?: string; timeoutMs?: number } = {},
): Promise<ProcessRun> {
  const measured = existsSync(gnuTime);
  const [file, argv] = measured
    ? [gnuTime, ['-f', 'peak-kb=%M cpu-s=%U+%S', command, ...args]]
    : [command, [...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      if (code !== 0)
        return reject(
          new Error(`${command} ${args.join(' ')} failed (${signal ?? code}): ${stderr.trim()}`),
        );
      const peakKb = Number(/peak-kb=(\d+)/.exec(stderr)?.[1]);
      const cpu = /cpu-s=([\d.]+)\+([\d.]+)/.exec(stderr);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN;
      resolve({ wallMs, peakMb: measured ? peakKb / 1024 : Number.NaN, cpuMs, stdout });
    });
  });
}
