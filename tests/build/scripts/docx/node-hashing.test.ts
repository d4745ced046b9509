import { readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxIndexFile, withNodeHashing } from '../../../../build/scripts/docx/node-hashing';

const require = createRequire(import.meta.url);
const docxFile = require.resolve('docx');

type HashedId = (data: string | Uint8Array | ArrayBuffer) => string;

/** docx's CommonJS build with the swapped hashedId, loaded where docx itself is. */
function patchedDocx(): { hashedId: HashedId } {
  const code = withNodeHashing(readFileSync(docxFile, 'utf8'), 'cjs');
  const loaded = new Module(docxFile) as Module & { _compile(code: string, file: string): void };
  loaded.filename = docxFile;
  loaded.paths = (
    Module as unknown as { _nodeModulePaths(from: string): string[] }
  )._nodeModulePaths(dirname(docxFile));
  loaded._compile(code, docxFile);
  return loaded.exports as { hashedId: HashedId };
}

describe("docx's image hashing on Node's SHA-1", () => {
  it('matches the files it is applied to', () => {
    expect(docxIndexFile.test(docxFile)).toBe(true);
    expect(docxIndexFile.test(docxFile.replace('index.cjs', 'charts.cjs'))).toBe(false);
  });

  it('gives the same names as docx for every kind of image data', () => {
    const original = (require('docx') as { hashedId: HashedId }).hashedId;
    const { hashedId } = patchedDocx();
    const bytes = Uint8Array.from({ length: 300_001 }, (_, index) => (index * 31 + 7) % 256);
    const inputs = [
      '<svg xmlns="http://www.w3.org/2000/svg">é 中</svg>',
      '',
      bytes,
      bytes.subarray(1000, 5000),
      Buffer.from(bytes),
      bytes.buffer.slice(0),
    ];
    for (const input of inputs) expect(hashedId(input)).toBe(original(input));
  });

  it('fails the build when docx no longer has the code it replaces', () => {
    expect(() => withNodeHashing('export const x = 1;', 'esm')).toThrow(/hashedId/);
  });
});
