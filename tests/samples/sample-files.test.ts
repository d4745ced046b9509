import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantRoles } from '../../shared/domain/participant';
import { compareSessions } from '../../shared/domain/session';
import { checkSmart } from '../../shared/domain/smart-check';
import { childTableNames, type EngagementFile } from '../../shared/engagement-file/format';
import { parseEngagementFileJson } from '../../shared/engagement-file/parse-json';
import { planImport } from '../../shared/engagement-file/plan-import';
import { validateEngagementFile } from '../../shared/engagement-file/validate';
import { toPlannerInput } from '../../shared/planning/planner-input';
import { workBackwards } from '../../shared/planning/work-backwards';
import { sampleEngagementFileName } from '../../shared/samples/sample-files';
import { sampleFiles } from '../../samples/sample-files';

const samplesFolder = join(import.meta.dirname, '../../samples');
const committed = (fileName: string) => readFileSync(join(samplesFolder, fileName), 'utf8');

function checkedSample(): EngagementFile {
  const parsed = parseEngagementFileJson(committed(sampleEngagementFileName));
  if (!parsed.ok) throw new Error(parsed.problem);
  const checked = validateEngagementFile(parsed.value);
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return checked.file;
}

describe('the files under samples/', () => {
  it.each(sampleFiles().map((file) => [file.fileName, file.text]))(
    '%s is exactly what `npm run samples` writes from the typed source',
    (fileName, text) => {
      // When this fails after a change to the sources or to the file format: npm run samples.
      expect(committed(fileName)).toBe(text);
    },
  );
});

describe('the sample engagement', () => {
  it('imports as an import checks a file: every row valid, every reference resolved', () => {
    const file = checkedSample();
    const plan = planImport(file, {
      asCopy: true,
      newId: () => crypto.randomUUID(),
      importedOn: '2026-12-06',
    });
    expect(plan.rows.engagements[0]?.title).toBe(
      'FY27 growth plan: mid-size food distributors (imported 2026-12-06)',
    );
  });

  it('fills in every worksheet: a row in every table', () => {
    const { tables } = checkedSample();
    for (const name of childTableNames) expect(tables[name].length, name).toBeGreaterThan(0);
  });

  it('has two sessions, each run in facilitator mode with the actual minutes on its agenda', () => {
    const { tables } = checkedSample();
    expect([...tables.sessions].sort(compareSessions).map((session) => session.title)).toEqual([
      'Kick-off session',
      'Journey & campaign workshop',
    ]);
    for (const session of tables.sessions) {
      const items = tables.agendaItems.filter((item) => item.sessionId === session.id);
      const clock = tables.facilitatorClocks.find((row) => row.sessionId === session.id);
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(clock?.finished).toBe(true);
      for (const item of items) {
        expect(item.actualMinutes).not.toBeNull();
        expect(Math.round((clock?.elapsedMs[item.id] ?? 0) / 60_000)).toBe(item.actualMinutes);
      }
      const planned = items.reduce((sum, item) => sum + item.minutes, 0);
      expect(planned).toBeLessThanOrEqual(session.lengthMinutes);
    }
  });

  it('has people of several scripts in the room, and every role the method asks for', () => {
    const { tables } = checkedSample();
    const names = tables.participants.map((participant) => participant.name);
    expect(names).toContain('佐藤 花子');
    expect(names.some((name) => /[\u0590-\u08ff]/.test(name))).toBe(true);
    const roles = new Set(tables.participants.map((participant) => participant.role));
    expect([...roles].sort()).toEqual([...participantRoles].sort());
  });

  it('refines its objectives across both sessions, each change with the session it happened in', () => {
    const { tables } = checkedSample();
    const sessionsOfChanges = new Set(tables.objectiveRevisions.map((row) => row.sessionId));
    expect(sessionsOfChanges).toEqual(new Set(tables.sessions.map((session) => session.id)));
    const withReasons = tables.objectiveRevisions.filter((row) => row.reason.trim() !== '');
    expect(withReasons.length).toBeGreaterThan(tables.objectiveRevisions.length / 2);
    // The objectives end as the revisions left them.
    for (const objective of tables.objectives) {
      const history = tables.objectiveRevisions
        .filter((row) => row.objectiveId === objective.id)
        .sort((a, b) => a.sequence - b.sequence);
      for (const row of history.filter(
        (candidate, index) =>
          !history.slice(index + 1).some((later) => later.field === candidate.field),
      ))
        expect(objective[row.field], `${objective.statement} ${row.field}`).toBe(row.after);
    }
  });

  it('leaves one objective short of SMART on purpose, so the check has something to teach', () => {
    const { tables } = checkedSample();
    const checks = tables.objectives.map((objective) =>
      checkSmart(objective, { today: '2026-12-06', sessionDate: '2026-10-27' }),
    );
    expect(checks.filter((check) => check.passed)).toHaveLength(tables.objectives.length - 1);
  });

  it('maps a seven-phase journey, and works backwards from its goal with no problem', () => {
    const { tables } = checkedSample();
    expect(tables.journeyPhases).toHaveLength(7);
    const plan = tables.plans[0];
    if (!plan) throw new Error('The sample has no plan.');
    const worked = workBackwards(toPlannerInput(tables.journeyPhases, plan));
    expect(worked.bufferedGoal).toBe(66);
    expect(worked.warnings.filter((warning) => warning.severity !== 'info')).toEqual([]);
    const phaseIds = new Set(tables.journeyPhases.map((phase) => phase.id));
    for (const campaign of tables.campaigns) expect(phaseIds.has(campaign.phaseId)).toBe(true);
  });

  it('gives every action item an owner from the room and a source', () => {
    const { tables } = checkedSample();
    const participantIds = new Set(tables.participants.map((participant) => participant.id));
    for (const item of tables.actionItems) {
      expect(participantIds.has(item.ownerParticipantId), item.what).toBe(true);
      expect(item.source.kind, item.what).not.toBe('none');
    }
  });
});
