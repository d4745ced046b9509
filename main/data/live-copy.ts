import type { SafetyEntry, UnitSummary } from '../../shared/data/safety-copy-schemas';
import type { JournalAppender } from './journal-file';
import type { SafetyPaths } from './safety-paths';
import type { SafetyStore } from './safety-store';
import type { CopyManifest, UnitEntry } from './unit-manifest';
import { parseUnit, unitFileName } from './unit-file';
import { UnitState } from './unit-state';

/** Reads an older version of a unit (from a backup) when its current file is damaged. */
export type FallbackUnitReader = (unit: string) => Promise<UnitState | null>;

/**
 * Main's copy while the app runs: the manifest last written, the units loaded so far (only those
 * changed, compared or restored in this run: never the whole library), which of them changed since
 * their files were written, and the journal being appended to.
 */
export class LiveCopy {
  readonly units = new Map<string, UnitState>();
  readonly dirty = new Set<string>();
  /** Unit files known to be on disk, so a fold never writes one twice. */
  readonly unitFiles: Set<string>;
  readonly notices: string[] = [];

  constructor(
    private readonly store: SafetyStore,
    private readonly paths: SafetyPaths,
    public manifest: CopyManifest,
    /** The journal generation appends go to (at least manifest.journal). */
    public generation: number,
    public appender: JournalAppender,
    unitFiles: Iterable<string>,
    private readonly fallback: FallbackUnitReader,
  ) {
    this.unitFiles = new Set(unitFiles);
  }

  /** A unit, loaded from its file on first use; a unit main never held starts empty. */
  async unit(id: string): Promise<UnitState> {
    const loaded = this.units.get(id);
    if (loaded) {
      // Most recently used last, so eviction keeps the units in use.
      this.units.delete(id);
      this.units.set(id, loaded);
      return loaded;
    }
    const entry = this.manifest.units[id];
    const state = entry ? await this.read(id, entry) : new UnitState();
    // Another call may have loaded it meanwhile; the first one stays.
    const raced = this.units.get(id);
    if (raced) return raced;
    this.units.set(id, state);
    return state;
  }

  private async read(id: string, entry: UnitEntry): Promise<UnitState> {
    const text = await this.store.readText(this.paths.unit(unitFileName(entry.checksum)));
    const file = text === null ? null : parseUnit(text, entry.checksum);
    if (file && file.unit === id) return UnitState.fromTables(file.tables, file.rowsVersion);
    const older = await this.fallback(id);
    const name = entry.label
      ? `“${entry.label.clientName} — ${entry.label.title}”`
      : 'one engagement';
    this.notices.push(
      older
        ? `Session Studio found the safety copy of ${name} damaged and used its newest backup instead.`
        : `Session Studio found the safety copy of ${name} damaged and has no backup of it.`,
    );
    // Written again at the next fold, from what could be read.
    this.dirty.add(id);
    return older ?? new UnitState();
  }

  /** Every unit main holds anything of, without loading the ones not yet loaded. */
  summaries(): Record<string, UnitSummary> {
    const summaries: Record<string, UnitSummary> = {};
    for (const [id, entry] of Object.entries(this.manifest.units))
      summaries[id] = { rows: entry.rows, deleted: entry.deleted, digest: entry.digest };
    for (const [id, state] of this.units) summaries[id] = state.summary();
    for (const [id, summary] of Object.entries(summaries))
      if (summary.rows === 0 && summary.deleted === 0) delete summaries[id];
    return summaries;
  }

  async entries(id: string): Promise<SafetyEntry[]> {
    return (await this.unit(id)).entries();
  }

  hasData(): boolean {
    return Object.values(this.summaries()).some((summary) => summary.rows > 0);
  }

  /** Forgets loaded units that are written and unchanged, beyond the few used last. */
  evictClean(keep: number): void {
    const clean = [...this.units.keys()].filter((id) => !this.dirty.has(id));
    for (const id of clean.slice(0, Math.max(0, clean.length - keep))) this.units.delete(id);
  }
}
