import { runCli } from '../../../main/cli/run-cli';

/** Runs the command line in this process and keeps what it printed. */
export async function run(...argv: string[]) {
  const out: string[] = [];
  const error: string[] = [];
  const code = await runCli(
    argv,
    { out: (text) => out.push(text), error: (text) => error.push(text) },
    () => '2026-12-01',
  );
  return { code, out: out.join('\n'), error: error.join('\n') };
}
