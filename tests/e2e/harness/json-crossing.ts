/**
 * Electron's IPC clones a request or an answer in a few milliseconds; Playwright's binding, which
 * stands in for it here, walks it value by value, and takes a second for a long engagement's file.
 * So a value made only of what JSON holds exactly (plain objects and arrays, strings, finite
 * numbers, booleans, null) crosses as JSON text, wrapped under `jsonCrossingKey`, and is parsed on
 * the other side; anything else (bytes, dates, undefined) crosses as Playwright carries it. Plain
 * script text, so the page runs the very same check.
 */
export const jsonCrossingKey = '__sessionStudioJson';

export const jsonExactScript = `(root) => {
  const stack = [root];
  for (let visited = 0; stack.length > 0; visited += 1) {
    // A cycle, or more than any request or answer holds: not JSON.
    if (visited > 1000000) return false;
    const value = stack.pop();
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0)) return false;
      continue;
    }
    if (typeof value !== 'object') return false;
    const prototype = Object.getPrototypeOf(value);
    if (Array.isArray(value)) {
      if (prototype !== Array.prototype) return false;
      for (let index = 0; index < value.length; index += 1) {
        if (!(index in value)) return false;
        stack.push(value[index]);
      }
      continue;
    }
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(value)) stack.push(value[key]);
  }
  return true;
}`;

const jsonExact = new Function(`return ${jsonExactScript};`)() as (value: unknown) => boolean;

/** The value as it crosses: JSON text under `jsonCrossingKey` when JSON holds it exactly. */
export function packForCrossing(value: unknown): unknown {
  return jsonExact(value) ? { [jsonCrossingKey]: JSON.stringify(value) } : value;
}

/** The value as it was before it crossed. */
export function unpackAfterCrossing(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const text = (value as Record<string, unknown>)[jsonCrossingKey];
  return typeof text === 'string' && Object.keys(value).length === 1 ? JSON.parse(text) : value;
}

/** The same two steps as script text for the page, defining `pack` and `unpack`. */
export const crossingScript = `const jsonExact = ${jsonExactScript};
  const pack = (value) => (jsonExact(value) ? { ${jsonCrossingKey}: JSON.stringify(value) } : value);
  const unpack = (value) =>
    typeof value === 'object' && value !== null && typeof value.${jsonCrossingKey} === 'string' &&
    Object.keys(value).length === 1
      ? JSON.parse(value.${jsonCrossingKey})
      : value;`;
