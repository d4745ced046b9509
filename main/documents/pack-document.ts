import { Packer, type Document } from 'docx';
import { zipPackage, type PackagePart } from './zip-package';

interface PackageCompiler {
  compile(document: Document): Map<string, PackagePart>;
}

/** docx's compiler, which Packer zips the parts of; not in its types, so looked for. */
function compilerOf(): PackageCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as PackageCompiler) : undefined;
}

/**
 * The document as a .docx: docx writes its parts, Node's zlib zips them (zip-package.ts). Should a
 * docx release stop exposing its compiler, docx's own Packer zips them as before.
 */
export async function packDocument(document: Document): Promise<Uint8Array> {
  const compiler = compilerOf();
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document));
  return zipPackage(compiler.compile(document));
}
