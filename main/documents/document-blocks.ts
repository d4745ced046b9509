import {
  HeadingLevel,
  NoBreakHyphen,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { keepUnitsTogether, noBreakHyphen } from '../../shared/documents/unbreakable-units';
import { fitColumns } from './column-widths';
import type { DocumentLook } from './document-look';
import { firstKeptRow, linesOnAPage, rowLines, wrappedLines } from './kept-table-rows';
import { textWidthPoints, type Orientation } from './page-layout';

/**
 * A run of text as a deliverable sets it: its dates, amounts and numbers with units held
 * together (shared/documents/unbreakable-units), a no-break hyphen written as Word's own.
 */
export function textRun(text: string, options: RunOptions = {}) {
  return keptRun(keepUnitsTogether(text), options);
}

type RunOptions = Omit<IRunOptions, 'text' | 'children'>;

/** A run of text whose units are already held together as it should be set. */
function keptRun(text: string, options: RunOptions) {
  const parts = text.split(noBreakHyphen);
  return new TextRun({
    ...options,
    children: parts.flatMap((part, index) => (index === 0 ? [part] : [new NoBreakHyphen(), part])),
  });
}

/**
 * A drawn chart whose caption holds its dates and amounts together as the text around it does;
 * hyphens stay plain, as the caption is also the chart's alt text.
 */
export function withKeptCaption<Chart extends { summary: string }>(chart: Chart): Chart {
  return { ...chart, summary: keepUnitsTogether(chart.summary).replaceAll(noBreakHyphen, '-') };
}

/** Small builders shared by every deliverable, so each document reads as its outline. */
export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    // Dates and amounts held together; hyphens kept plain, as the contents copy a heading's text.
    text: keepUnitsTogether(text).replaceAll(noBreakHyphen, '-'),
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
}

export function body(text: string): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ children: [textRun(line)] }));
}

/** A line that introduces the table or chart after it, and so stays on that one's page. */
export function leadIn(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [textRun(text)] });
}

/** Body text, or a plain italic note when the consultant left the field empty. */
export function bodyOrNote(text: string, emptyNote: string): Paragraph[] {
  if (text.trim() === '')
    return [new Paragraph({ children: [textRun(emptyNote, { italics: true })] })];
  return body(text);
}

export function labelled(
  label: string,
  value: string,
  {
    spaceBefore = false,
    keepNext = false,
  }: {
    spaceBefore?: boolean;
    /** A label that introduces a list stays on the page of the list's first line. */
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    // A line right under a table needs air, or it reads as the table's last row.
    ...(spaceBefore ? { spacing: { before: 120 } } : {}),
    ...(keepNext ? { keepNext: true } : {}),
    children: [new TextRun({ text: `${label}: `, bold: true }), textRun(value)],
  });
}

export interface TableColumn {
  header: string;
  /** Width in percent of the table. */
  width: number;
}

/** The table header's colours: the accent as its fill, black or white text on it. */
export type TableLook = Pick<DocumentLook, 'tableHeaderFill' | 'tableHeaderText'>;

/**
 * A table as wide as the text. The columns share the width by their weights, except that each is
 * at least as wide as its widest unbreakable piece (a date, an amount, a word), measured in the
 * deliverables' font: the rest goes to the others (column-widths.ts). A version that leaves a column out (the
 * client's plan drops SMART) widens the others by their share, and the grid stays the text
 * area's width, which the contents' page estimate lays out. A short table goes whole and a long
 * one keeps its last rows together (kept-table-rows.ts), so no page holds only its last few rows.
 */
export function dataTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  look: TableLook,
  orientation: Orientation = 'portrait',
): Table {
  const tableWidth = textWidthPoints(orientation);
  const { shares, keep } = fitColumns(
    columns.map((column) => column.header),
    columns.map((column) => column.width),
    rows,
    tableWidth,
  );
  const keptFrom = firstKeptRow(
    rows.map((row) =>
      rowLines(
        row,
        shares.map((share) => (share * tableWidth) / 100),
      ),
    ),
    linesOnAPage(orientation),
  );
  const cell = (
    text: string,
    width: number,
    isHeader: boolean,
    { keepNext = false }: { keepNext?: boolean } = {},
  ) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: isHeader
        ? { type: ShadingType.CLEAR, fill: look.tableHeaderFill, color: 'auto' }
        : undefined,
      // One paragraph per line the consultant typed (a single line reads exactly as before).
      children: text.split(/\r?\n/).map(
        (line, index) =>
          new Paragraph({
            // Word keeps a row with the next by its first cell's first paragraph.
            ...(keepNext && index === 0 ? { keepNext: true } : {}),
            // A row that breaks across pages breaks between any two lines, as LibreOffice breaks
            // it too: with widow control Word would move one more line on, and the two would
            // disagree on what fits below it.
            widowControl: false,
            children: [
              // A body cell's run has no properties of its own: it is the body text's.
              isHeader
                ? keptRun(line, { bold: true, color: look.tableHeaderText })
                : keptRun(keep(line), {}),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((column, index) => cell(column.header, shares[index] ?? 0, true)),
      }),
      ...rows.map(
        (row, index) =>
          new TableRow({
            // The first row goes whole with the heading kept on its page: Word and LibreOffice
            // would otherwise each split it their own way. The rows kept together go whole too.
            ...(index === 0 || index >= keptFrom ? { cantSplit: true } : {}),
            children: columns.map((_, column) =>
              cell(row[column] ?? '', shares[column] ?? 0, false, {
                keepNext: column === 0 && index >= keptFrom && index < rows.length - 1,
              }),
            ),
          }),
      ),
    ],
  });
}

/** One plain italic line: how a deliverable says a part is still empty, instead of an empty table. */
export function emptyNote(text: string): Paragraph {
  return new Paragraph({ children: [textRun(text, { italics: true })] });
}

/** A list's text is indented by half an inch. */
const listIndentPoints = 36;

/**
 * A bulleted list, one bullet per entry; each line of an entry its own paragraph under it. A short
 * list goes whole and a long one keeps its last entries together, as a table keeps its rows
 * (kept-table-rows.ts): no page holds only a list's last few bullets.
 */
export function bulletList(entries: readonly string[]): Paragraph[] {
  const keptFrom = firstKeptRow(
    entries.map((entry) => wrappedLines(entry, textWidthPoints('portrait') - listIndentPoints)),
    linesOnAPage('portrait'),
  );
  const lines = entries.flatMap((entry, entryIndex) =>
    entry.split(/\r?\n/).map((line, index) => ({ line, index, kept: entryIndex >= keptFrom })),
  );
  return lines.map(({ line, index, kept }, at) => {
    const keepNext = kept && at < lines.length - 1 ? { keepNext: true } : {};
    return index === 0
      ? new Paragraph({ bullet: { level: 0 }, ...keepNext, children: [textRun(line)] })
      : new Paragraph({ indent: { left: 720 }, ...keepNext, children: [textRun(line)] });
  });
}
