import { engagementFileVersion } from './format';

type FileObject = Record<string, unknown>;

/** Turns a file of one version into the next version's shape. */
export type UpgradeStep = (file: FileObject) => FileObject;

function isObject(value: unknown): value is FileObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Gives every row of `table` the fields it lacks, with the values a new row starts with. Anything
 * that is not a list of objects is left as it is, for the checks to report.
 */
function withFields(tables: FileObject, table: string, values: FileObject): FileObject {
  const rows = tables[table];
  if (!Array.isArray(rows)) return tables;
  return {
    ...tables,
    [table]: rows.map((row: unknown) => (isObject(row) ? { ...values, ...row } : row)),
  };
}

/**
 * Version 2 (in the room): participants' e-mail addresses, a campaign's type and budget currency,
 * the engagement's currency on the plan, a trend's horizon in years, an objection's journey phase,
 * and the sales hand-off sheet (a new table: absent is empty). Decisions, parking-lot topics and
 * the new insights may name the agenda item they were captured under.
 */
function inTheRoom(file: FileObject): FileObject {
  if (!isObject(file.tables)) return file;
  let tables = file.tables;
  tables = withFields(tables, 'participants', { email: '' });
  tables = withFields(tables, 'campaigns', { type: null, budgetCurrency: '' });
  tables = withFields(tables, 'plans', { currency: '' });
  tables = withFields(tables, 'industryTrends', { horizonYears: null });
  tables = withFields(tables, 'objections', { phaseId: '' });
  return { ...file, tables };
}

/**
 * Version 3 (marketing as an investment): the plan may name where it counts leads and
 * opportunities (`plans.leadPhaseId`, `plans.opportunityPhaseId`). Both may be absent, so a
 * version-2 file needs no change.
 */
function resultPhases(file: FileObject): FileObject {
  return file;
}

/**
 * Version 4 adds the deliverables' branding (the client's logo, the accent colour) and the last
 * export choices, one row each per engagement: an older file has neither, so both start empty
 * and its documents look as the app's defaults make them.
 */
function addBrandingTables(file: FileObject): FileObject {
  if (!isObject(file.tables)) return file;
  return { ...file, tables: { engagementBrandings: [], documentChoices: [], ...file.tables } };
}

/**
 * Version 5 records the objectives removed in a session (a new table), so the session summary can
 * report them: an older file recorded none, so the table starts empty.
 */
function addObjectiveRemovals(file: FileObject): FileObject {
  if (!isObject(file.tables)) return file;
  return { ...file, tables: { objectiveRemovals: [], ...file.tables } };
}

/**
 * Steps from each older version to the next: `upgradeSteps[1]` turns a version-1 file into
 * version 2. Steps are never changed once shipped.
 */
export const upgradeSteps: Readonly<Record<number, UpgradeStep>> = {
  1: inTheRoom,
  2: resultPhases,
  3: addBrandingTables,
  4: addObjectiveRemovals,
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
