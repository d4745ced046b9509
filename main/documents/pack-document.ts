import { Packer, type Document } from 'docx';

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

export async function packDocument(
  document: Document,
  { company = '' }: { company?: string } = {},
): Promise<Uint8Array> {
  return new Uint8Array(
    await Packer.toBuffer(document, false, [
      { path: 'docProps/app.xml', data: appProperties(company) },
    ]),
  );
}
