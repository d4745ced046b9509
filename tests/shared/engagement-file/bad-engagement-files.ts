import fc from 'fast-check';

/**
 * Generated engagement files of every bad kind a laptop meets: cut off, bit-flipped, fields of
 * the wrong type, missing or extra, __proto__ keys, huge strings, deep nesting, and protected
 * files opened with the wrong passphrase or changed after they were sealed. Each is a recipe
 * (a Mutation) applied to a good file, so a failing case prints what was done to it.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export type Mutation =
  | { kind: 'as-written' }
  | { kind: 'truncated'; at: number }
  | { kind: 'bit-flipped'; flips: [number, number][] }
  | { kind: 'wrong-type'; path: Path; value: Json }
  | { kind: 'missing'; path: Path }
  | { kind: 'extra'; path: Path; key: string; value: Json }
  | { kind: 'proto-key'; path: Path; key: string; value: Json }
  | { kind: 'huge-string'; path: Path; length: number }
  | { kind: 'deep-nesting'; path: Path; depth: number; open: '[' | '{"a":' };

export type Protection =
  | { kind: 'none' }
  | { kind: 'sealed'; passphrase: 'right' | 'wrong' }
  /** Sealed, then changed: bytes flipped anywhere, header included. */
  | { kind: 'tampered'; flips: [number, number][] };

export interface BadFile {
  /** Whose file it is: one already on this laptop, or a new one. */
  base: 'new' | 'already-here';
  mutation: Mutation;
  protection: Protection;
}

/** Every path into a JSON value, with the kind of value found there. */
export function pathsOf(
  value: Json,
): { path: Path; type: 'object' | 'array' | 'string' | 'other' }[] {
  const found: { path: Path; type: 'object' | 'array' | 'string' | 'other' }[] = [];
  const visit = (node: Json, path: Path) => {
    if (Array.isArray(node)) {
      found.push({ path, type: 'array' });
      node.forEach((child, index) => visit(child, [...path, index]));
    } else if (node !== null && typeof node === 'object') {
      found.push({ path, type: 'object' });
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    } else found.push({ path, type: typeof node === 'string' ? 'string' : 'other' });
  };
  visit(value, []);
  return found;
}

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const flips = fc.array(
  fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    fc.integer({ min: 0, max: 7 }),
  ),
  {
    minLength: 1,
    maxLength: 8,
  },
);

/** The mutations of one good file, drawn over its own paths. */
export function mutationOf(good: Json): fc.Arbitrary<Mutation> {
  const all = pathsOf(good);
  const objects = all.filter((entry) => entry.type === 'object').map((entry) => entry.path);
  const strings = all.filter((entry) => entry.type === 'string').map((entry) => entry.path);
  const inner = all.filter((entry) => entry.path.length > 0).map((entry) => entry.path);
  // Weighted toward the cheap kinds; huge strings and deep nesting cost tens of milliseconds each.
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Mutation>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(1, fc.constant<Mutation>({ kind: 'as-written' })),
    weighted(
      3,
      fc.record({
        kind: fc.constant('truncated' as const),
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      }),
    ),
    weighted(3, fc.record({ kind: fc.constant('bit-flipped' as const), flips })),
    weighted(
      3,
      fc.record({
        kind: fc.constant('wrong-type' as const),
        path: fc.constantFrom(...inner),
        value: anyJson,
      }),
    ),
    weighted(
      3,
      fc.record({ kind: fc.constant('missing' as const), path: fc.constantFrom(...inner) }),
    ),
    weighted(
      2,
      fc.record({
        kind: fc.constant('extra' as const),
        path: fc.constantFrom(...objects),
        key: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constant('x'.repeat(5_000))),
        value: anyJson,
      }),
    ),
    weighted(
      2,
      fc.record({
        kind: fc.constant('proto-key' as const),
        path: fc.constantFrom(...objects),
        key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
        value: fc.oneof(anyJson, fc.constant({ polluted: true } as Json)),
      }),
    ),
    weighted(
      1,
      fc.record({
        kind: fc.constant('huge-string' as const),
        path: fc.constantFrom(...strings),
        length: fc.oneof(
          fc.integer({ min: 1_000, max: 20_000 }),
          fc.integer({ min: 200_000, max: 1_500_000 }),
        ),
      }),
    ),
    weighted(
      1,
      fc.record({
        kind: fc.constant('deep-nesting' as const),
        path: fc.constantFrom(...inner),
        depth: fc.oneof(
          fc.integer({ min: 50, max: 2_000 }),
          fc.integer({ min: 20_000, max: 100_000 }),
        ),
        open: fc.constantFrom('[' as const, '{"a":' as const),
      }),
    ),
  );
}

export const protectionArbitrary: fc.Arbitrary<Protection> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Protection>({ kind: 'none' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Protection>(
      { kind: 'sealed', passphrase: 'right' },
      { kind: 'sealed', passphrase: 'wrong' },
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tampered' as const), flips }) },
);

const marker = '\u0000placeholder\u0000';

function parentAndKey(root: Json, path: Path): [Json, string | number] {
  let node = root;
  for (const part of path.slice(0, -1))
    node = (node as Record<string, Json>)[part as string] as Json;
  return [node, path.at(-1) as string | number];
}

/** Puts a marker where `path` is, so text can be spliced in after JSON.stringify. */
function withMarker(good: Json, path: Path): string {
  const copy = structuredClone(good);
  if (path.length === 0) return JSON.stringify(marker);
  const [parent, key] = parentAndKey(copy, path);
  (parent as Record<string, Json>)[key as string] = marker;
  return JSON.stringify(copy, null, 2);
}

/** The bytes with bits flipped; never the same bytes (two flips of one bit would cancel out). */
function flipped(bytes: Buffer, at: [number, number][]): Buffer {
  const copy = Buffer.from(bytes);
  if (copy.length === 0) return copy;
  for (const [where, bit] of at) {
    const index = Math.floor(where * copy.length);
    copy[index] = (copy[index] as number) ^ (1 << bit);
  }
  if (copy.equals(bytes)) copy[copy.length - 1] = (copy[copy.length - 1] as number) ^ 1;
  return copy;
}

/** The text (or bytes) of a good file after a mutation. */
export function applyMutation(good: Json, mutation: Mutation): Buffer {
  const text = `${JSON.stringify(good, null, 2)}\n`;
  const bytes = Buffer.from(text);
  switch (mutation.kind) {
    case 'as-written':
      return bytes;
    case 'truncated':
      return bytes.subarray(0, Math.floor(mutation.at * bytes.length));
    case 'bit-flipped':
      return flipped(bytes, mutation.flips);
    case 'wrong-type':
    case 'missing':
    case 'huge-string': {
      const copy = structuredClone(good);
      const [parent, key] = parentAndKey(copy, mutation.path);
      const target = parent as Record<string, Json>;
      if (mutation.kind === 'missing') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete target[key as string];
      } else
        target[key as string] =
          mutation.kind === 'wrong-type' ? mutation.value : 'x'.repeat(mutation.length);
      return Buffer.from(JSON.stringify(copy, null, 2));
    }
    case 'extra':
    case 'proto-key': {
      // Spliced as text: an object literal with "__proto__" would set a prototype, not a key.
      const entry = `${JSON.stringify(mutation.key)}: ${JSON.stringify(mutation.value)}`;
      const spliced = withMarker(good, mutation.path);
      const original = JSON.stringify(parentAndKeyValue(good, mutation.path));
      const inside = original === '{}' ? `{${entry}}` : `{${entry}, ${original.slice(1)}`;
      return Buffer.from(spliced.replace(JSON.stringify(marker), inside));
    }
    case 'deep-nesting': {
      const close = mutation.open === '[' ? ']' : '}';
      const nested = `${mutation.open.repeat(mutation.depth)}1${close.repeat(mutation.depth)}`;
      return Buffer.from(withMarker(good, mutation.path).replace(JSON.stringify(marker), nested));
    }
  }
}

function parentAndKeyValue(good: Json, path: Path): Json {
  if (path.length === 0) return good;
  const [parent, key] = parentAndKey(good, path);
  return (parent as Record<string, Json>)[key as string] as Json;
}

/** Flips bytes of a sealed file, header included. */
export function tamper(sealed: Buffer, at: [number, number][]): Buffer {
  return flipped(sealed, at);
}
