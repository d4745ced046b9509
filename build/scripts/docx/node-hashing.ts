/**
 * docx names each image in the .docx by the SHA-1 of its bytes, which it computes in JavaScript:
 * for the plan's charts (an SVG and a print-resolution PNG each) that is a tenth of a second of
 * an export. This swaps docx's hashedId for Node's native SHA-1 when the command line's bundle is
 * built: the same hex digest of the same bytes, so the same file names and
 * the same .docx, sooner. The build fails if docx's code no longer has the line it replaces.
 */

/** docx's bundled files whose hashedId is replaced. */
export const docxIndexFile = /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.(mjs|cjs)$/;

const jsHashedId = /^var hashedId = \(data\) => .*$/m;

const nodeHashedId =
  'var hashedId = (data) => nodeCreateHash("sha1").update(typeof data === "string" ? data : ' +
  'ArrayBuffer.isView(data) ? data : new Uint8Array(data)).digest("hex");';

/** docx's index file with hashedId computed by node:crypto. */
export function withNodeHashing(code: string, format: 'esm' | 'cjs'): string {
  if (!jsHashedId.test(code)) {
    throw new Error(
      'docx no longer defines hashedId as expected: update build/scripts/docx/node-hashing.ts',
    );
  }
  const load =
    format === 'esm'
      ? 'import { createHash as nodeCreateHash } from "node:crypto";\n'
      : 'const { createHash: nodeCreateHash } = require("node:crypto");\n';
  return load + code.replace(jsHashedId, nodeHashedId);
}
