import { Packer, type Document } from 'docx';
import { quickenDocxFormatting } from './quick-docx-formatting';
import { zipPackage, type PackagePart } from './zip-package';

/** Text as XML: markup characters escaped, characters XML cannot hold at all left out. */
const escapeXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * docProps/app.xml with the firm as the company (Word's File › Info shows it): docx writes that
 * part with nothing in it and has no option for it, so the part is replaced as the file is packed.
 */
function appProperties(company: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (company ? `<Company>${escapeXml(company)}</Company>` : '') +
    '<Application>Session Studio</Application>' +
    '</Properties>'
  );
}

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
export async function packDocument(
  document: Document,
  { company = '' }: { company?: string } = {},
): Promise<Uint8Array> {
  const app = { path: 'docProps/app.xml', data: appProperties(company) };
  const compiler = compilerOf();
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document, false, [app]));
  quickenDocxFormatting();
  const parts = compiler.compile(document);
  parts.set(app.path, app.data);
  return zipPackage(parts);
}
