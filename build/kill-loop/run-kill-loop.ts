import { describeKillLoop, runKillLoop } from '../../tests/e2e/harness/kill-loop';

/**
 * `npm run kill-loop [-- <cycles> [<seed>]]`: the kill loop for hundreds of cycles (300 by
 * default) against the built renderer (`npm run build` first), printing a line per cycle and the
 * report. Exits 1 if a single acknowledged edit was lost or a wiped store went unnoticed.
 */
const cycles = Number(process.argv[2] ?? 300);
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);

const report = await runKillLoop({
  cycles,
  ...(seed === undefined ? {} : { seed }),
  log: (line) => console.log(line),
});
console.log(describeKillLoop(report));
const unnoticed = report.storesDeleted + report.storesCorrupted > report.restoreNotices;
process.exitCode = report.lost.length > 0 || unnoticed ? 1 : 0;
