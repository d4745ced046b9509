import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafetyCopy } from '../../../main/data/safety-copy';
import { safetyPaths } from '../../../main/data/safety-paths';
import { unknownUnit } from '../../../shared/data/units';
import { tempFolder } from '../files/temp-folder';
import { engagementRow, sessionRow } from './safety-fixtures';

const at = Date.UTC(2026, 10, 20, 9);

/** The safety folder as the version before units left it: snapshot, journal, whole backups. */
function writeLegacyCopy(userDataPath: string) {
  const folder = join(userDataPath, 'safety');
  mkdirSync(join(folder, 'backups'), { recursive: true });
  const snapshot = JSON.stringify({
    format: 'session-studio-safety-snapshot',
    version: 1,
    takenAt: at,
    tables: {
      engagements: {
        rows: [engagementRow('e1'), engagementRow('e2', 'Borealis Foods')],
        deleted: { e0: at - 1_000 },
      },
      sessions: { rows: [sessionRow('s1', 'e1', 'Agree three objectives')], deleted: {} },
      agendaItems: {
        rows: [{ id: 'a1', sessionId: 's1', title: 'Welcome', minutes: 10, position: 1 }],
        deleted: { a0: at - 2_000 },
      },
    },
  });
  // The journal of the old layout: changes without their engagement, and a torn last line.
  const journal =
    JSON.stringify({
      client: 'launch-1',
      seq: 1,
      at: at + 1_000,
      changes: [
        { table: 'sessions', key: 's2', row: sessionRow('s2', 'e2', 'Retail launch') },
        { table: 'engagements', key: 'e1', row: { ...engagementRow('e1'), title: 'Renamed' } },
      ],
    }) +
    '\n' +
    '{"client":"launch-1","seq":2,"at"';
  const files = {
    'snapshot.json': snapshot,
    'journal.ndjson': journal,
    'backups/backup-2026-11-20T09-00-00-000Z.json': snapshot,
    'marker.json': JSON.stringify({ dataSince: at - 86_400_000 }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return files;
}

async function entriesOf(userDataPath: string, unit: string) {
  const copy = createSafetyCopy({ userDataPath, backupAtLaunch: false });
  const { entries } = await copy.page({ unit, offset: 0, limit: 500 });
  await copy.close();
  return entries.map((entry) => [entry.table, entry.key, entry.row ? 'row' : 'deleted']);
}

describe('converting a safety copy from the layout of the version before', () => {
  it('sets the old copy aside untouched, then keeps every engagement on its own', async () => {
    const userDataPath = tempFolder();
    const files = writeLegacyCopy(userDataPath);
    const paths = safetyPaths(userDataPath);

    const copy = createSafetyCopy({ userDataPath });
    const status = await copy.status();
    await copy.close();

    expect(Object.keys(status.units).sort()).toEqual(['e0', 'e1', 'e2', unknownUnit].sort());
    expect(status.units.e1?.rows).toBe(3);
    expect(status.dataSince).toBe(at - 86_400_000);
    expect(status.notice).toBeNull();
    // The old files, byte for byte, in a folder of their own; none left where they were.
    const [aside] = readdirSync(paths.folder).filter((name) => name.startsWith('legacy-layout-'));
    expect(aside).toBeDefined();
    for (const name of [
      'snapshot.json',
      'journal.ndjson',
      'backups/backup-2026-11-20T09-00-00-000Z.json',
    ])
      expect(readFileSync(join(paths.folder, aside!, name), 'utf8')).toBe(
        files[name as keyof typeof files],
      );
    expect(existsSync(join(paths.folder, 'snapshot.json'))).toBe(false);
    expect(existsSync(join(paths.folder, 'journal.ndjson'))).toBe(false);
    // A backup of the converted copy, in the new layout, for the Backups screen.
    expect(readdirSync(paths.backups)).toHaveLength(1);

    expect(await entriesOf(userDataPath, 'e1')).toEqual([
      ['engagements', 'e1', 'row'],
      ['sessions', 's1', 'row'],
      ['agendaItems', 'a1', 'row'],
    ]);
    expect(await entriesOf(userDataPath, 'e2')).toEqual([
      ['engagements', 'e2', 'row'],
      ['sessions', 's2', 'row'],
    ]);
    // A deleted engagement stays with its id; other deletions the old copy kept by key alone.
    expect(await entriesOf(userDataPath, 'e0')).toEqual([['engagements', 'e0', 'deleted']]);
    expect(await entriesOf(userDataPath, unknownUnit)).toEqual([['agendaItems', 'a0', 'deleted']]);
  });

  it('keeps the journal’s newer edit over the snapshot, and converts only once', async () => {
    const userDataPath = tempFolder();
    writeLegacyCopy(userDataPath);
    const first = createSafetyCopy({ userDataPath });
    const page = await first.page({ unit: 'e1', offset: 0, limit: 1 });
    expect(page.entries[0]?.row).toMatchObject({ title: 'Renamed' });
    await first.close();

    const second = createSafetyCopy({ userDataPath });
    await second.status();
    await second.close();
    const folders = readdirSync(safetyPaths(userDataPath).folder).filter((name) =>
      name.startsWith('legacy-layout-'),
    );
    expect(folders).toHaveLength(1);
  });

  it('finishes a conversion interrupted after the old copy was set aside', async () => {
    const userDataPath = tempFolder();
    writeLegacyCopy(userDataPath);
    const paths = safetyPaths(userDataPath);
    // Set aside by hand, as a conversion killed before it wrote the new manifest leaves it.
    const aside = join(paths.folder, `legacy-layout-${at}`);
    mkdirSync(join(aside, 'backups'), { recursive: true });
    for (const name of ['snapshot.json', 'journal.ndjson'])
      renameSync(join(paths.folder, name), join(aside, name));

    const copy = createSafetyCopy({ userDataPath, backupAtLaunch: false });
    expect(Object.keys((await copy.status()).units).sort()).toEqual(
      ['e0', 'e1', 'e2', unknownUnit].sort(),
    );
    await copy.close();
  });
});
