import type { ParagraphFormat, RunFormat } from './document-format';

/** What a paragraph's line holds, in order. Lengths in points. */
export type Inline =
  | { kind: 'text'; text: string; format: RunFormat }
  | { kind: 'tab'; format: RunFormat }
  | { kind: 'break'; format: RunFormat }
  | { kind: 'picture'; width: number; height: number; format: RunFormat }
  /** A bookmark starts here. */
  | { kind: 'bookmark'; name: string }
  /** A page number written in (a PAGEREF's result): as wide as the widest it could be. */
  | { kind: 'pageNumber'; format: RunFormat };

export interface ParagraphBlock {
  type: 'paragraph';
  inlines: Inline[];
  format: ParagraphFormat;
  /** The paragraph mark's run format: the height of an empty line. */
  mark: RunFormat;
  /** A bulleted paragraph's bullet, in the hanging indent. */
  bullet?: { text: string; format: RunFormat };
  /** The paragraph ends the section with this index. */
  endsSection?: number;
}

export interface TableCell {
  /** Its column in the table's grid. */
  column: number;
  paragraphs: ParagraphBlock[];
}

export interface TableRow {
  header: boolean;
  cantSplit: boolean;
  cells: TableCell[];
  /** The border above the row, inside its height. */
  borderTop: number;
  /** The border below it: only the last row's. */
  borderBottom: number;
}

export interface TableBlock {
  type: 'table';
  rows: TableRow[];
  /** The grid's columns, each cell's width with its margins. */
  columns: number[];
  /** Each cell's margin either side of its text. */
  margin: number;
  /** Half the left and right borders, outside the columns. */
  sideBorders: number;
  /** The table's bottom border, drawn below a row where the table breaks across pages. */
  breakBorder: number;
}

export type Block = ParagraphBlock | TableBlock;

/** A section's page: where its text starts and ends down the page, and how wide it is. */
export interface SectionPage {
  top: number;
  bottom: number;
  width: number;
}

export interface LayoutContent {
  blocks: { block: Block; section: number }[];
  sections: SectionPage[];
}
