import { describe, expect, it } from 'vitest';
import {
  crossingScript,
  jsonCrossingKey,
  packForCrossing,
  unpackAfterCrossing,
} from './json-crossing';

// The page's own pack and unpack, from the same script text the bridge puts in the page.
const page = new Function(`${crossingScript}; return { pack, unpack };`)() as {
  pack: (value: unknown) => unknown;
  unpack: (value: unknown) => unknown;
};

const plain = {
  ok: true,
  value: {
    file: { rows: [{ id: 'a', n: 1.5, empty: null, tags: ['x'] }], nested: { deep: [[]] } },
  },
  __proto__key: { ['__proto__']: 'own' },
};
const cycle: Record<string, unknown> = {};
cycle.self = cycle;
const notJson: unknown[] = [
  { bytes: new Uint8Array([1, 2]) },
  { at: new Date(0) },
  { missing: undefined },
  // A sparse array: JSON would fill its hole with null.
  Object.assign(new Array<number>(3), { 0: 1, 2: 3 }),
  { n: Number.NaN },
  { n: -0 },
  { n: Number.POSITIVE_INFINITY },
  new Map([[1, 2]]),
  cycle,
];

describe('values crossing the stand-in preload', () => {
  it.each([
    ['main', packForCrossing, unpackAfterCrossing],
    ['page', page.pack, page.unpack],
  ])('cross as JSON text from %s when JSON holds them exactly', (_side, pack, unpack) => {
    const packed = pack(plain) as Record<string, unknown>;
    expect(Object.keys(packed)).toEqual([jsonCrossingKey]);
    expect(unpack(packed)).toEqual(plain);
    // What one side packs, the other unpacks.
    expect(page.unpack(packForCrossing(plain))).toEqual(plain);
    expect(unpackAfterCrossing(page.pack(plain))).toEqual(plain);
    expect(pack('text')).toEqual({ [jsonCrossingKey]: '"text"' });
    expect(unpack(pack(null))).toBeNull();
  });

  it.each([
    ['main', packForCrossing, unpackAfterCrossing],
    ['page', page.pack, page.unpack],
  ])('cross as they are from %s when JSON would change them', (_side, pack, unpack) => {
    for (const value of notJson) {
      expect(pack(value)).toBe(value);
      expect(unpack(value)).toBe(value);
    }
  });
});
