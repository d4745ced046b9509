import type { IStylesOptions } from 'docx';

/** House styles for every deliverable; heading outline levels keep LibreOffice's TOC and bookmarks. */
export const documentStyles: IStylesOptions = {
  default: {
    document: { run: { font: 'Liberation Sans', size: 22 } },
  },
  paragraphStyles: [
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 44, bold: true, color: '1F3A5F' },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: 'Heading1',
      name: 'Heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 32, bold: true, color: '1F3A5F' },
      paragraph: { spacing: { before: 320, after: 120 }, outlineLevel: 0, keepNext: true },
    },
    {
      id: 'Heading2',
      name: 'Heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 26, bold: true, color: '2E5984' },
      paragraph: { spacing: { before: 240, after: 80 }, outlineLevel: 1, keepNext: true },
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
