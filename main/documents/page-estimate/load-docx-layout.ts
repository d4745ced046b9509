import type * as DocxLayoutModule from 'docx/layout';
import { createRequire } from 'node:module';

type DocxLayout = typeof DocxLayoutModule;

let loaded: DocxLayout | undefined;

/**
 * docx/layout (1.7 MB of JavaScript), loaded the first time a layout needs it rather than with the
 * document code: the contents' page numbers of the deliverables are laid out without it (see
 * fast-page-numbers.ts), so most exports never load it. Loaded synchronously, as docx asks for
 * page numbers while it writes; docx/layout reads the document's XML, not docx's classes, so its
 * CommonJS build serves documents made with docx's ES module.
 */
export function loadDocxLayout(): DocxLayout {
  loaded ??= createRequire(import.meta.url)('docx/layout') as DocxLayout;
  return loaded;
}

/** Whether a layout of this process has loaded docx/layout. */
export function docxLayoutLoaded(): boolean {
  return loaded !== undefined;
}
