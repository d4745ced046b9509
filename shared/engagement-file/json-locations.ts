/**
 * Where values sit in a JSON text, so a problem found in the parsed file ("sessions, row 2,
 * title") can be shown at its line and column. It reads only toward the paths asked for and skips
 * everything else without recursion, so a huge or deeply nested file costs one pass and no stack.
 */

export interface TextPlace {
  line: number;
  column: number;
}

interface Wanted {
  children: Map<string, Wanted>;
  offset: number | null;
}

const newNode = (): Wanted => ({ children: new Map(), offset: null });

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

class Scanner {
  constructor(private readonly text: string) {}

  space(index: number): number {
    let at = index;
    while (at < this.text.length && isSpace(this.text.charCodeAt(at))) at += 1;
    return at;
  }

  /** From an opening quote to just after its closing quote. */
  stringEnd(index: number): number {
    let at = index + 1;
    while (at < this.text.length) {
      const code = this.text.charCodeAt(at);
      if (code === 0x5c) at += 2;
      else if (code === 0x22) return at + 1;
      else at += 1;
    }
    return at;
  }

  /** Just after the value starting at `index`, however deep it nests. */
  valueEnd(index: number): number {
    const first = this.text.charCodeAt(index);
    if (first === 0x22) return this.stringEnd(index);
    if (first !== 0x7b && first !== 0x5b) {
      let at = index;
      while (at < this.text.length && !/[\s,\]}]/.test(this.text[at] as string)) at += 1;
      return at;
    }
    let depth = 0;
    let at = index;
    while (at < this.text.length) {
      const code = this.text.charCodeAt(at);
      if (code === 0x22) {
        at = this.stringEnd(at);
        continue;
      }
      if (code === 0x7b || code === 0x5b) depth += 1;
      else if (code === 0x7d || code === 0x5d) {
        depth -= 1;
        if (depth === 0) return at + 1;
      }
      at += 1;
    }
    return at;
  }

  /** Records the offset of each wanted value, descending only where something is wanted. */
  walk(index: number, node: Wanted): number {
    node.offset = index;
    const open = this.text.charCodeAt(index);
    if (node.children.size === 0 || (open !== 0x7b && open !== 0x5b)) return this.valueEnd(index);
    const close = open === 0x7b ? 0x7d : 0x5d;
    let at = this.space(index + 1);
    let position = 0;
    while (at < this.text.length && this.text.charCodeAt(at) !== close) {
      let key = String(position);
      if (open === 0x7b) {
        const keyEnd = this.stringEnd(at);
        key = JSON.parse(this.text.slice(at, keyEnd)) as string;
        at = this.space(this.space(keyEnd) + 1); // past the colon
      }
      const child = node.children.get(key);
      const end = this.space(child ? this.walk(at, child) : this.valueEnd(at));
      // Only a text that is not JSON could stall here; stop rather than loop.
      if (end <= at) break;
      at = this.text.charCodeAt(end) === 0x2c ? this.space(end + 1) : end;
      position += 1;
    }
    return at + 1;
  }
}

/** Line and column (from 1) of every offset, after one pass over the text to find line starts. */
export function placeFinder(text: string): (offset: number) => TextPlace {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/**
 * The place of the value at each path in a JSON text that parses, or of the nearest enclosing
 * value that is there (a missing field is shown at its object). The text must be valid JSON.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly PropertyKey[])[],
): TextPlace[] {
  const root = newNode();
  const leaves = paths.map((path) => {
    const chain = [root];
    for (const part of path) {
      const parent = chain.at(-1) as Wanted;
      const key = String(part);
      let child = parent.children.get(key);
      if (!child) parent.children.set(key, (child = newNode()));
      chain.push(child);
    }
    return chain;
  });
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  new Scanner(text).walk(new Scanner(text).space(start), root);
  const place = placeFinder(text);
  return leaves.map((chain) => {
    const found = [...chain].reverse().find((node) => node.offset !== null);
    return place(found?.offset ?? start);
  });
}
