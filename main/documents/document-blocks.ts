import {
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentLook } from './document-look';

/** Small builders shared by every deliverable, so each document reads as its outline. */
export function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
}

export function body(text: string): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

/** Body text, or a plain italic note when the consultant left the field empty. */
export function bodyOrNote(text: string, emptyNote: string): Paragraph[] {
  if (text.trim() === '')
    return [new Paragraph({ children: [new TextRun({ text: emptyNote, italics: true })] })];
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
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });
}

export interface TableColumn {
  header: string;
  /** Width in percent of the table. */
  width: number;
}

/** The table header's colours: the accent as its fill, black or white text on it. */
export type TableLook = Pick<DocumentLook, 'tableHeaderFill' | 'tableHeaderText'>;

export function dataTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  look: TableLook,
): Table {
  // The columns share the whole table: a version that leaves a column out (the client's plan
  // drops SMART) widens the others by their share, as Word and LibreOffice stretch them, and the
  // grid stays the text area's width, which the contents' page estimate lays out.
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const shareOf = (width: number) => (total > 0 ? (width * 100) / total : 100 / columns.length);
  const cell = (text: string, width: number, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      shading: isHeader
        ? { type: ShadingType.CLEAR, fill: look.tableHeaderFill, color: 'auto' }
        : undefined,
      // One paragraph per line the consultant typed (a single line reads exactly as before).
      children: text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            children: [
              new TextRun({
                text: line,
                bold: isHeader,
                ...(isHeader ? { color: look.tableHeaderText } : {}),
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((column) => cell(column.header, shareOf(column.width), true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: columns.map((column, index) =>
              cell(row[index] ?? '', shareOf(column.width), false),
            ),
          }),
      ),
    ],
  });
}

/** One plain italic line: how a deliverable says a part is still empty, instead of an empty table. */
export function emptyNote(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

/** A bulleted list, one bullet per entry; each line of an entry its own paragraph under it. */
export function bulletList(entries: readonly string[]): Paragraph[] {
  return entries.flatMap((entry) =>
    entry
      .split(/\r?\n/)
      .map((line, index) =>
        index === 0
          ? new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] })
          : new Paragraph({ indent: { left: 720 }, children: [new TextRun(line)] }),
      ),
  );
}
