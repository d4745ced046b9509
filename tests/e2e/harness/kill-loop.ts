import { expect, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { journalBatchShape } from '../../../shared/data/safety-copy-schemas';
import {
  corruptLocalDatabase,
  endCrashReporters,
  killBrowser,
  loseLocalDatabase,
} from './browser-crash';
import { createEngagement, expectAllSaved } from './consultant-actions';
import { launchApp, newProfileDir, type AppHarness } from './launch-app';
import { reopenEngagement } from './worksheet-navigation';

/**
 * The kill loop: the consultant types, and the browser is killed with SIGKILL while edits are in
 * flight; on some cycles the local store is then wiped or corrupted, as Chromium does when its log
 * tears. Each cycle relaunches twice, with a write in between (Chromium's own wipe shows only on
 * the second launch after the kill), and checks after each launch that every edit main had
 * acknowledged is still there. Acknowledged means main answered the journal append: what the
 * save indicator waits for before it says "All changes saved".
 */

const client = { clientName: 'Kestrel Analytics', title: 'Kill loop' };
const sessionFields = [
  { label: 'Purpose of this session', field: 'purpose', max: 350 },
  { label: 'Ultimate goal', field: 'ultimateGoal', max: 350 },
  { label: 'Immediate, realistic goals', field: 'immediateGoals', max: 2_000 },
] as const;
/** The text fields whose acknowledged values are checked, by table. */
const checkedFields = {
  sessions: sessionFields.map(({ field }) => field),
  agendaItems: ['title'],
} as const;
type CheckedTable = keyof typeof checkedFields;
const maxAgendaItems = 60;

export interface LostEdit {
  cycle: number;
  launch: 1 | 2;
  table: string;
  key: string;
  field: string;
  acknowledged: string;
  found: string | null;
}

export interface KillLoopReport {
  seed: number;
  cycles: number;
  kills: number;
  /** Stores the loop wiped after a kill: the folder deleted, or its files overwritten. */
  storesDeleted: number;
  storesCorrupted: number;
  /** Launches that said they restored data from the safety copy. */
  restoreNotices: number;
  /** Of those, launches after a cycle the loop had not wiped: Chromium lost the store itself. */
  restoresWithoutAWipe: number;
  /** Acknowledged edits (the last acknowledged value of each row) checked after each launch. */
  acknowledgedChecked: number;
  lost: LostEdit[];
  seconds: number;
}

export interface KillLoopOptions {
  cycles: number;
  seed?: number;
  /** A line per cycle, for a long run. */
  log?: (line: string) => void;
}

/** A small seeded generator, so a run can be repeated from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type StoredRows = Record<CheckedTable, Record<string, Record<string, unknown>>>;

/** The rows of the checked tables, read from the app's IndexedDB in its own page. */
function readStoredRows(page: Page): Promise<StoredRows> {
  return page.evaluate(
    (tables) =>
      new Promise<StoredRows>((resolve, reject) => {
        const opening = indexedDB.open('session-studio');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const present = tables.filter((name) => database.objectStoreNames.contains(name));
          const result = Object.fromEntries(tables.map((name) => [name, {}])) as StoredRows;
          if (present.length === 0) {
            database.close();
            resolve(result);
            return;
          }
          const transaction = database.transaction(present, 'readonly');
          for (const name of present) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              for (const row of request.result as Record<string, unknown>[])
                result[name as CheckedTable][String(row.id)] = row;
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    Object.keys(checkedFields) as CheckedTable[],
  );
}

export async function runKillLoop({
  cycles,
  seed = Date.now() % 1_000_000,
  log = () => undefined,
}: KillLoopOptions): Promise<KillLoopReport> {
  const next = random(seed);
  const started = Date.now();
  const profile = newProfileDir();
  const report: KillLoopReport = {
    seed,
    cycles: 0,
    kills: 0,
    storesDeleted: 0,
    storesCorrupted: 0,
    restoreNotices: 0,
    restoresWithoutAWipe: 0,
    acknowledgedChecked: 0,
    lost: [],
    seconds: 0,
  };
  /** The last row main acknowledged, by table and key. */
  const acknowledged = new Map<string, { table: CheckedTable; key: string; row: object }>();
  const observeCalls = (method: string, request: unknown, answer: unknown) => {
    if (method !== 'appendToSafetyCopy' || !(answer as { ok?: boolean }).ok) return;
    const batch = journalBatchShape.safeParse(request);
    if (!batch.success) return;
    for (const change of batch.data.changes) {
      if (!(change.table in checkedFields)) continue;
      const id = `${change.table}:${change.key}`;
      if (change.row === null) acknowledged.delete(id);
      else
        acknowledged.set(id, {
          table: change.table as CheckedTable,
          key: change.key,
          row: change.row,
        });
    }
  };
  const launch = () => launchApp(profile, { observeCalls });

  /** Every acknowledged value must be there, or there and typed on after (typing only appends). */
  async function check(app: AppHarness, cycle: number, launchNumber: 1 | 2) {
    const missing = (stored: StoredRows) => {
      const lost: LostEdit[] = [];
      for (const { table, key, row } of acknowledged.values()) {
        for (const field of checkedFields[table]) {
          const want = String((row as Record<string, unknown>)[field] ?? '');
          const found = stored[table][key];
          const value = found ? String(found[field] ?? '') : null;
          if (value === null || !value.startsWith(want))
            lost.push({
              cycle,
              launch: launchNumber,
              table,
              key,
              field,
              acknowledged: want,
              found: value,
            });
        }
      }
      return lost;
    };
    // The restore may finish after the home shows: allow it a moment before counting a loss.
    let lost: LostEdit[] = [];
    await expect
      .poll(async () => (lost = missing(await readStoredRows(app.page))).length, {
        timeout: 15_000,
      })
      .toBe(0)
      .catch(() => undefined);
    report.acknowledgedChecked += acknowledged.size;
    report.lost.push(...lost);
  }

  /** After a launch: the home, every acknowledged edit, and whether a restore was announced. */
  async function landed(app: AppHarness, cycle: number, launchNumber: 1 | 2, wiped: boolean) {
    await expect(app.page.getByRole('heading', { level: 1, name: 'Session Studio' })).toBeVisible({
      timeout: 30_000,
    });
    await check(app, cycle, launchNumber);
    // Looked for once the data is back: a restore announces itself with the home.
    const notice = app.page.getByRole('alert').filter({ hasText: /safety copy/i });
    if (await notice.first().isVisible()) {
      report.restoreNotices += 1;
      if (!wiped) report.restoresWithoutAWipe += 1;
    }
  }

  /** Puts the cursor at the end of a field, for typing that only appends. */
  async function appendTo(page: Page, label: string, text: string, delay: number) {
    const field = page.getByLabel(label, { exact: true });
    await field.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text, { delay });
  }

  async function chooseEdit(app: AppHarness): Promise<string> {
    const { page } = app;
    const stored = await readStoredRows(page);
    const agendaCount = Object.keys(stored.agendaItems).length;
    if (next() < 0.3 && agendaCount < maxAgendaItems) {
      await page.getByRole('button', { name: 'Add agenda item' }).click();
      return `Agenda item ${agendaCount + 1}`;
    }
    const { label, field, max } = sessionFields[Math.floor(next() * sessionFields.length)]!;
    const session = Object.values(stored.sessions)[0];
    if (String(session?.[field] ?? '').length > max) {
      // Long enough: start it again, saved before the next edit, so typing still only appends.
      await page.getByLabel(label, { exact: true }).fill('');
      await expectAllSaved(page);
    }
    return label;
  }

  let app = await launch();
  try {
    await createEngagement(app.page, client);
    await expectAllSaved(app.page);
    let inWorkspace = true;
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      if (!inWorkspace) await reopenEngagement(app.page, client.clientName, client.title);
      const label = await chooseEdit(app);
      const words = Array.from({ length: 40 }, (_, index) => `c${cycle}w${index} `).join('');
      // Typing goes on while the browser dies: edits are in the field, in IndexedDB, on their way.
      const typing = appendTo(app.page, label, words, 8 + Math.floor(next() * 25)).catch(
        () => undefined,
      );
      await new Promise((resolve) => setTimeout(resolve, 150 + next() * 1_500));
      await killBrowser(app.context, profile);
      endCrashReporters(profile);
      await typing;
      await app.documents.close();
      report.kills += 1;

      const wipe = next();
      const wiped = wipe < 0.15 ? 'deleted' : wipe < 0.3 ? 'corrupted' : null;
      if (wiped === 'deleted') {
        loseLocalDatabase(profile);
        report.storesDeleted += 1;
      } else if (wiped === 'corrupted') {
        corruptLocalDatabase(profile);
        report.storesCorrupted += 1;
      }

      app = await launch();
      await landed(app, cycle, 1, wiped !== null);
      // A write between the two launches, as a consultant carries on after a crash.
      await reopenEngagement(app.page, client.clientName, client.title);
      await appendTo(app.page, 'Purpose of this session', `r${cycle} `, 0);
      await expectAllSaved(app.page);
      await app.close();

      app = await launch();
      await landed(app, cycle, 2, false);
      inWorkspace = false;
      report.cycles = cycle;
      log(
        `cycle ${cycle}: ${wiped ?? 'kept'}; ${acknowledged.size} rows acknowledged; lost so far ${report.lost.length}; restore notices ${report.restoreNotices}`,
      );
    }
  } finally {
    await app.close().catch(() => undefined);
    endCrashReporters(profile);
    rmSync(profile, { recursive: true, force: true });
    report.seconds = Math.round((Date.now() - started) / 1000);
  }
  return report;
}

/** The report as a few lines. */
export function describeKillLoop(report: KillLoopReport): string {
  return [
    `Kill loop (seed ${report.seed}): ${report.cycles} cycles, ${report.kills} SIGKILLs while typing, ${report.cycles * 2} relaunches, ${report.seconds} s`,
    `  stores wiped after a kill: ${report.storesDeleted} deleted, ${report.storesCorrupted} corrupted`,
    `  restore notices: ${report.restoreNotices} (${report.restoresWithoutAWipe} where the loop had not wiped the store)`,
    `  acknowledged edits checked: ${report.acknowledgedChecked}; lost: ${report.lost.length}`,
    ...report.lost
      .slice(0, 20)
      .map(
        (edit) =>
          `  LOST cycle ${edit.cycle}, launch ${edit.launch}: ${edit.table} ${edit.key} ${edit.field} acknowledged “${edit.acknowledged.slice(-60)}”, found ${edit.found === null ? 'no row' : `“${edit.found.slice(-60)}”`}`,
      ),
  ].join('\n');
}
