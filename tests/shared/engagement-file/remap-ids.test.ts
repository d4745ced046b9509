import { describe, expect, it } from 'vitest';
import { tableSpecs, type TableName } from '../../../shared/data/tables';
import { childTableNames, type AnyRow } from '../../../shared/engagement-file/format';
import { integrityProblems } from '../../../shared/engagement-file/integrity';
import { planImport } from '../../../shared/engagement-file/plan-import';
import { idReferences } from '../../../shared/engagement-file/references';
import { validateEngagementFile } from '../../../shared/engagement-file/validate';
import { collectEngagementFile } from '../../../shared/engagement-file/collect';
import { fixtureId, fullEngagement, ids } from './full-engagement-fixture';

let counter = 0;
const freshId = () => `10000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`;

function copyOf() {
  const original = fullEngagement();
  const plan = planImport(original, { asCopy: true, newId: freshId, importedOn: '2026-11-23' });
  const { engagements, ...tables } = plan.rows;
  const copy = { engagement: engagements[0]!, tables };
  return { original, plan, copy };
}

/** Every id the original holds, primary keys and references alike. */
function allOriginalIds(): string[] {
  return [...Object.values(ids), ...Array.from({ length: 30 }, (_, n) => fixtureId(100 + n))];
}

const primaryKey = (table: TableName, row: AnyRow) => String(row[tableSpecs[table].key]);

describe('importing as a copy', () => {
  it('leaves no id of the original anywhere in the copy', () => {
    const { copy } = copyOf();
    const text = JSON.stringify(copy);
    for (const id of allOriginalIds()) expect(text, id).not.toContain(id);
  });

  it('marks the copy’s title and gives it a fresh id', () => {
    const { original, plan } = copyOf();
    expect(plan.engagementId).not.toBe(original.engagement.id);
    expect(plan.rows.engagements[0]?.title).toBe('FY27 growth plan (imported 2026-11-23)');
  });

  it('keeps every reference pointing at the copy of the row it pointed at', () => {
    const { original, copy } = copyOf();
    // Rows keep their order, so the n-th row of a table in the copy is the copy of the n-th row.
    const newIdOf = new Map<string, string>([[original.engagement.id, copy.engagement.id]]);
    for (const name of childTableNames) {
      const before = original.tables[name] as AnyRow[];
      const after = copy.tables[name] as AnyRow[];
      expect(after).toHaveLength(before.length);
      before.forEach((row, index) => {
        if (tableSpecs[name].key === 'id')
          newIdOf.set(primaryKey(name, row), primaryKey(name, after[index]!));
      });
    }
    const mapped = (id: string) => (id === '' ? '' : (newIdOf.get(id) ?? `dangling:${id}`));
    for (const name of childTableNames) {
      const before = original.tables[name] as AnyRow[];
      const after = copy.tables[name] as AnyRow[];
      before.forEach((row, index) => {
        const copied = after[index]!;
        for (const reference of idReferences[name]) {
          const was = row[reference.field];
          const now = copied[reference.field];
          if (reference.kind === 'id') {
            const target = mapped(String(was));
            if (!target.startsWith('dangling:'))
              expect(now, `${name}.${reference.field}`).toBe(target);
          } else if (reference.kind === 'record-keys') {
            const keys = Object.keys(was as object).map(mapped);
            expect(Object.keys(now as object), `${name}.${reference.field}`).toEqual(keys);
            expect(Object.values(now as object)).toEqual(Object.values(was as object));
          } else {
            const source = was as { kind: string; id: string; label: string };
            expect(now, `${name}.${reference.field}`).toEqual({
              ...source,
              id: reference.targets[source.kind] ? mapped(source.id) : source.id,
            });
          }
        }
      });
    }
    expect(integrityProblems(copy)).toEqual([]);
  });

  it('gives a link to a removed row one fresh id, the same wherever it appears', () => {
    const { copy } = copyOf();
    const removedNote = copy.tables.sessionNotes.find((note) => note.text.includes('trade fair'))!;
    const agendaIds = new Set(copy.tables.agendaItems.map((item) => item.id));
    expect(agendaIds.has(removedNote.agendaItemId)).toBe(false);
    expect(removedNote.agendaItemId).toMatch(/^10000000-/);
    const removedScore = copy.tables.emotionScores.find((score) => score.score === 2)!;
    expect(copy.tables.personas.map((persona) => persona.id)).not.toContain(removedScore.personaId);
  });

  it('changes nothing but ids and the title: the copy is a valid file of the same content', () => {
    const { original, copy } = copyOf();
    const file = collectEngagementFile(copy, {
      exportedAt: new Date('2026-11-23T08:00:00Z'),
      app: { name: 'Session Studio', version: '0.1.0' },
    });
    expect(validateEngagementFile(file).ok).toBe(true);
    const withoutIds = (value: unknown) =>
      JSON.stringify(value).replace(/[0-9]{8}-0000-4000-8000-[0-9]{12}/g, '<id>');
    expect(withoutIds(copy.tables)).toBe(withoutIds(original.tables));
  });
});
