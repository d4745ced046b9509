import { Packer, type Document } from 'docx';

export async function packDocument(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
