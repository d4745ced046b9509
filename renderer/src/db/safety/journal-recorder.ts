import type { JournalChange } from '../../../../shared/data/safety-copy-schemas';

/**
 * Where the journal middleware hands each committed transaction's changes. Nothing is recorded
 * until the safety copy starts (component tests and a plain browser never start it), so the
 * middleware costs nothing there.
 */
type Sink = (changes: JournalChange[]) => void;

let sink: Sink | null = null;
let upgradeWrites = false;

export const journalRecorder = {
  get active(): boolean {
    return sink !== null;
  },
  record(changes: JournalChange[]): void {
    sink?.(changes);
  },
  setSink(next: Sink | null): void {
    sink = next;
  },
  /** A schema upgrade rewrote rows in this launch without journaling them (see recovery). */
  noteUpgradeWrite(): void {
    upgradeWrites = true;
  },
  get upgradedThisLaunch(): boolean {
    return upgradeWrites;
  },
};
