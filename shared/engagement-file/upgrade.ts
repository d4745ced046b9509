import { engagementFileVersion } from './format';

type FileObject = Record<string, unknown>;

/** Turns a file of one version into the next version's shape. */
export type UpgradeStep = (file: FileObject) => FileObject;

const isObject = (value: unknown): value is FileObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 2 adds the deliverables' branding (the client's logo, the accent colour) and the last
 * export choices, one row each per engagement: a version-1 file has neither, so both start empty
 * and its documents look as the app's defaults make them.
 */
function addBrandingTables(file: FileObject): FileObject {
  if (!isObject(file.tables)) return file;
  return { ...file, tables: { engagementBrandings: [], documentChoices: [], ...file.tables } };
}

/**
 * Steps from each older version to the next: `upgradeSteps[1]` turns a version-1 file into
 * version 2. Steps are never changed once shipped.
 */
export const upgradeSteps: Readonly<Record<number, UpgradeStep>> = {
  1: addBrandingTables,
};

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
