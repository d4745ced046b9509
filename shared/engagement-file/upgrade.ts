import { engagementFileVersion } from './format';

type FileObject = Record<string, unknown>;

/** Turns a file of one version into the next version's shape. */
export type UpgradeStep = (file: FileObject) => FileObject;

/**
 * Steps from each older version to the next: `upgradeSteps[1]` would turn a version-1 file into
 * version 2. Empty while version 1 is the only version. Steps are never changed once shipped.
 */
export const upgradeSteps: Readonly<Record<number, UpgradeStep>> = {};

export type UpgradeOutcome = { ok: true; file: FileObject } | { ok: false; problem: string };

/** Brings a file from its version up to `target`, one step at a time. */
export function upgradeFile(
  file: FileObject,
  from: number,
  target: number = engagementFileVersion,
  steps: Readonly<Record<number, UpgradeStep>> = upgradeSteps,
): UpgradeOutcome {
  let current = file;
  for (let version = from; version < target; version += 1) {
    const step = steps[version];
    if (!step)
      return {
        ok: false,
        problem: `This Session Studio cannot read engagement files of version ${version}.`,
      };
    current = { ...step(current), version: version + 1 };
  }
  return { ok: true, file: current };
}
