import { sep } from 'node:path';
import { nodeSafetyStore, type SafetyStore } from '../../../main/data/safety-store';

/**
 * A slow disk under the safety copy: while held, each engagement's file waits before it is read
 * (a full backup, a restore from an automatic backup), until the test lets it go.
 */
export function slowUnitReads(store: SafetyStore = nodeSafetyStore) {
  let holding = false;
  const waiting: (() => void)[] = [];
  const changed: (() => void)[] = [];
  const told = () => {
    for (const listener of changed.splice(0)) listener();
  };
  const isUnit = (path: string) => path.includes(`${sep}units${sep}`);
  return {
    store: {
      ...store,
      async readText(path) {
        if (holding && isUnit(path)) {
          await new Promise<void>((resolve) => {
            waiting.push(resolve);
            told();
          });
        }
        return store.readText(path);
      },
    } satisfies SafetyStore,
    hold() {
      holding = true;
    },
    /** Resolves once a read is waiting. */
    async waiting(): Promise<void> {
      while (waiting.length === 0) await new Promise<void>((resolve) => changed.push(resolve));
    },
    /** Lets the oldest waiting read go on. */
    releaseOne() {
      waiting.shift()?.();
    },
    /** Lets every read go on, now and from now on. */
    release() {
      holding = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}
