interface Visit {
  value: unknown;
  /** How it was reached, kept as links so a deep path is not copied at every level. */
  from: { visit: Visit; key: PropertyKey } | null;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = visit.from; at; at = at.visit.from) path.push(at.key);
  return path.reverse();
}

/**
 * Where a parsed file holds a key named "__proto__". JSON.parse keeps it as a plain key, but
 * copying, spreading or validating an object can turn it into the object's prototype or drop it
 * without a word, so a file holding one is refused rather than read differently from what it
 * says. Session Studio never writes one. The walk keeps its own stack: nesting cannot overflow it.
 */
export function prototypeKeyPaths(input: unknown, limit = 20): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const stack: Visit[] = [{ value: input, from: null }];
  while (stack.length > 0 && found.length < limit) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) found.push(pathOf(visit));
    for (const [key, item] of Object.entries(value))
      stack.push({ value: item, from: { visit, key: Array.isArray(value) ? Number(key) : key } });
  }
  return found;
}
