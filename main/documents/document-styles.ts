import type { IStylesOptions } from 'docx';
import type { DocumentLook } from './document-look';

/**
 * House styles for every deliverable, headings in the engagement's accent colour (darkened where
 * it would not read on white); heading outline levels keep LibreOffice's TOC and bookmarks.
 */
export function documentStyles(look: Pick<DocumentLook, 'headingColour'>): IStylesOptions {
  const accent = look.headingColour;
  return {
    default: {
      document: { run: { font: 'Liberation Sans', size: 22 } },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 52, bold: true, color: accent },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: 'Heading1',
        name: 'Heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 32, bold: true, color: accent },
        paragraph: { spacing: { before: 320, after: 120 }, outlineLevel: 0, keepNext: true },
      },
      {
        id: 'Heading2',
        name: 'Heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 26, bold: true, color: accent },
        paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 1, keepNext: true },
      },
      // The confidentiality line at the top of each page.
      {
        id: 'PageHeader',
        name: 'Page header',
        basedOn: 'Normal',
        run: { size: 16, color: '595959' },
      },
      // The entries of a table of contents, by level.
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true },
        paragraph: { spacing: { before: 120, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { after: 20 }, indent: { left: 440 } },
      },
    ],
  };
}
