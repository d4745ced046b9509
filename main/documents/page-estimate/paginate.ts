import { NotEstimated } from './formatted-xml';
import type { Block, LayoutContent, ParagraphBlock, TableBlock } from './layout-blocks';
import { paragraphLines, tolerance, type FaceOf, type Line } from './paragraph-lines';
import { columnTextWidths } from './table-columns';

/** Where each bookmark starts, and how many pages the document and each section have. */
export interface Pagination {
  bookmarks: Map<string, number>;
  pageCount: number;
  sectionPageCounts: number[];
}

interface Measured {
  lines: Line[];
  spaceBefore: number;
  spaceAfter: number;
  keepNext: boolean;
  keepLines: boolean;
  widowControl: boolean;
  pageBreakBefore: boolean;
}

/** A table's header rows go on alone at the foot of a page: they move on, with what is kept with them. */
class HeaderRowsAlone {
  constructor(readonly kept: number | undefined) {}
}
class StartsNextPage {
  constructor(
    readonly block: number,
    readonly page: number,
  ) {}
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const linesHeight = (lines: readonly Line[]) => sum(lines.map((line) => line.height));

/**
 * How many of a paragraph's lines fit in the room (`fits`), and how many of those go on the page
 * (`count`): with widow control, the first line is never left alone at the foot of a page, nor
 * the last at the top of the next; kept together, a paragraph that does not fit moves on whole.
 */
function linesThatFit(
  lines: readonly Line[],
  room: number,
  { keepLines, widowControl }: Pick<Measured, 'keepLines' | 'widowControl'>,
  isFirstLine: boolean,
  roomBelow: (upTo: number) => number = () => 0,
): { fits: number; count: number } {
  let end = 0;
  let past = -1;
  for (let line = 0; line < lines.length; line += 1) {
    end += (lines[line] as Line).height;
    if (end + roomBelow(line + 1) > room + tolerance) {
      past = line;
      break;
    }
  }
  if (past === -1) return { fits: lines.length, count: lines.length };
  return {
    fits: past,
    count: linesKept(lines.length, past, { keepLines, widowControl }, isFirstLine),
  };
}

function linesKept(
  total: number,
  fits: number,
  { keepLines, widowControl }: Pick<Measured, 'keepLines' | 'widowControl'>,
  isFirstLine: boolean,
): number {
  if (keepLines && isFirstLine) return 0;
  if (!widowControl || total < 2) return fits;
  const withoutWidow = total - fits === 1 ? fits - 1 : fits;
  return isFirstLine && withoutWidow === 1 ? 0 : withoutWidow;
}

/**
 * Lays the pages out once, as Word does for the paragraphs and tables of the deliverables: the
 * space between paragraphs (the larger of after and before; none at the top of a page but a
 * section's), widow control, paragraphs kept with the next (with the next's first lines, or a
 * table's first row and the rows kept with it), tables whose rows break across pages between
 * lines with their header rows repeated, rows kept whole or kept with the next (moving on
 * together), and each section on pages of its own. It follows docx/layout's rules for these, which
 * were read from Word's own PDFs; where the content goes past them it gives up.
 */
export function paginate(
  { blocks, sections }: LayoutContent,
  faceOf: FaceOf,
  figures: number,
): Pagination {
  const linesCache = new Map<ParagraphBlock, Line[]>();
  const measure = (paragraph: ParagraphBlock, width: number): Measured => {
    let lines = linesCache.get(paragraph);
    if (!lines) {
      lines = paragraphLines(paragraph, width, faceOf, figures);
      linesCache.set(paragraph, lines);
    }
    const { format } = paragraph;
    return {
      lines,
      spaceBefore: format.spaceBefore,
      spaceAfter: format.spaceAfter,
      keepNext: format.keepNext,
      keepLines: format.keepLines,
      widowControl: format.widowControl,
      pageBreakBefore: format.pageBreakBefore,
    };
  };
  const heightsCache = new Map<TableBlock, number[]>();
  const widthsCache = new Map<TableBlock, number[]>();
  const cellWidthOf = (table: TableBlock, column: number) => {
    let widths = widthsCache.get(table);
    if (!widths) {
      widths = columnTextWidths(table, width(), faceOf, figures);
      widthsCache.set(table, widths);
    }
    return widths[column] ?? 0;
  };

  let section = 0;
  let page = 0;
  let position = 0;
  let top = 0;
  let bottom = 0;
  let placed = false;
  let spaceAfter = 0;
  let sectionSpaceAfter: number | undefined = 0;
  const marks: [string, number][] = [];
  const firstPages: number[] = [];
  const startsNextPage = new Map<number, number>();
  /** The rows of the table being placed that are on the current page, by index. */
  let rowsOnPage: number[] = [];

  const width = () => (sections[section] as LayoutContent['sections'][number]).width;
  const between = (after: number, before: number) => Math.max(after, before);
  const atSectionStart = () => sectionSpaceAfter !== undefined;
  const spaceAboveOf = (spaceBefore: number) =>
    sectionSpaceAfter !== undefined
      ? spaceAfter + between(sectionSpaceAfter, spaceBefore) - sectionSpaceAfter
      : between(spaceAfter, spaceBefore);
  const startPage = () => {
    const current = sections[section] as LayoutContent['sections'][number];
    page += 1;
    top = current.top;
    bottom = current.bottom;
    position = top;
    placed = false;
    spaceAfter = 0;
    rowsOnPage = [];
  };
  const mark = (bookmarks: readonly string[]) => {
    for (const name of bookmarks) marks.push([name, page]);
  };

  /** An empty paragraph that only ends its section takes no room, but after a table. */
  const isSectionMark = (index: number) => {
    const entry = blocks[index];
    if (!entry || entry.block.type !== 'paragraph') return false;
    const { block } = entry;
    return (
      block.endsSection !== undefined &&
      block.inlines.every((inline) => inline.kind === 'bookmark') &&
      blocks[index - 1]?.block.type !== 'table'
    );
  };

  /** Word keeps a table row with the next when its first cell's first paragraph is. */
  const keptWithNext = (row: TableBlock['rows'][number]) =>
    row.cells[0]?.paragraphs[0]?.format.keepNext === true;
  /** The last of the rows from one on that are kept together, each kept with the next. */
  const keptRowsEnd = ({ rows }: TableBlock, index: number) => {
    let end = index;
    while (end < rows.length - 1 && keptWithNext(rows[end] as TableBlock['rows'][number])) end += 1;
    if (end === rows.length - 1 && keptWithNext(rows[end] as TableBlock['rows'][number]))
      throw new NotEstimated('a table whose last row is kept with what follows');
    return end;
  };

  const keptChain = (index: number): number => {
    let chain = 0;
    for (let at = index; ; at += 1) {
      const entry = blocks[at];
      const following = blocks[at + 1];
      if (
        !entry ||
        entry.block.type !== 'paragraph' ||
        !entry.block.format.keepNext ||
        !following ||
        following.section !== entry.section
      )
        return chain;
      chain += 1;
    }
  };

  const rowHeights = (table: TableBlock): number[] => {
    let heights = heightsCache.get(table);
    if (!heights) {
      heights = table.rows.map((row) => {
        const content = Math.max(
          0,
          ...row.cells.map((cell) => {
            const parts = cell.paragraphs.map((paragraph) =>
              measure(paragraph, cellWidthOf(table, cell.column)),
            );
            let height = 0;
            parts.forEach((part, index) => {
              height += linesHeight(part.lines);
              if (index > 0)
                height += between((parts[index - 1] as Measured).spaceAfter, part.spaceBefore);
            });
            if (parts.length > 0)
              height +=
                (parts[0] as Measured).spaceBefore +
                (parts[parts.length - 1] as Measured).spaceAfter;
            return height;
          }),
        );
        return row.borderTop + content + row.borderBottom;
      });
      heightsCache.set(table, heights);
    }
    return heights;
  };

  /** How tall what is kept together from a paragraph kept with the next is, from here. */
  const keptHeight = (index: number): number => {
    const chain = keptChain(index);
    const kept = Array.from({ length: chain }, (_, offset) => {
      const block = (blocks[index + offset] as { block: Block }).block as ParagraphBlock;
      return measure(block, width());
    });
    let height = 0;
    kept.forEach((part, offset) => {
      height +=
        linesHeight(part.lines) +
        (offset === 0
          ? spaceAboveOf(part.spaceBefore)
          : between((kept[offset - 1] as Measured).spaceAfter, part.spaceBefore));
    });
    const lastAfter = kept[kept.length - 1]?.spaceAfter ?? spaceAfter;
    const anchor = (blocks[index + chain] as { block: Block }).block;
    if (isSectionMark(index + chain)) return height;
    if (anchor.type === 'table')
      return height + lastAfter + sum(rowHeights(anchor).slice(0, keptRowsEnd(anchor, 0) + 1));
    const next = measure(anchor, width());
    const firstLines =
      next.keepLines || (next.widowControl && next.lines.length <= 3)
        ? next.lines.length
        : next.widowControl
          ? 2
          : 1;
    const nextLines = next.lines.slice(0, firstLines);
    return height + between(lastAfter, next.spaceBefore) + linesHeight(nextLines);
  };

  const placeParagraph = (blockAt: number, paragraph: Measured) => {
    if (paragraph.pageBreakBefore && placed) startPage();
    const { lines } = paragraph;
    let index = 0;
    for (;;) {
      const isFirstLine = index === 0;
      const space =
        isFirstLine && (placed || atSectionStart()) ? spaceAboveOf(paragraph.spaceBefore) : 0;
      const remaining = lines.slice(index);
      const room = bottom - position - space;
      const fit = linesThatFit(remaining, room, paragraph, isFirstLine);
      let { count } = fit;
      if (count === 0 && !placed) {
        if (fit.fits === 0 && remaining[0] && remaining[0].height > bottom - top + tolerance)
          throw new NotEstimated('a line taller than the page');
        count = Math.max(1, fit.fits);
      }
      if (count > 0) {
        noteFirst(blockAt);
        position += space;
        for (const line of remaining.slice(0, count)) {
          mark(line.bookmarks);
          position += line.height;
        }
        placed = true;
        spaceAfter = 0;
        index += count;
      }
      if (index >= lines.length) break;
      startPage();
    }
    spaceAfter = paragraph.spaceAfter;
  };

  /** The first of the paragraphs kept with the next before a block, in its section, or the block. */
  const keptBefore = (index: number) => {
    let first = index;
    while (first > 0) {
      const previous = blocks[first - 1] as { block: Block; section: number };
      if (
        previous.section !== (blocks[index] as { section: number }).section ||
        previous.block.type !== 'paragraph' ||
        !previous.block.format.keepNext
      )
        break;
      first -= 1;
    }
    return first;
  };

  /** What is first on each page: the block index of its first line or row, by page. */
  const firstOnPage: number[] = [];
  const noteFirst = (index: number) => {
    firstOnPage[page] ??= index;
  };

  const placeTable = (index: number, table: TableBlock, onNextPage: boolean) => {
    const cellWidth = (row: number, cell: number) =>
      cellWidthOf(table, table.rows[row]?.cells[cell]?.column ?? 0);
    const heights = rowHeights(table);
    let headerRows = table.rows.findIndex((row) => !row.header);
    if (headerRows === -1) headerRows = table.rows.length;
    const repeated = sum(heights.slice(0, headerRows));
    position += spaceAfter;
    spaceAfter = 0;
    rowsOnPage = [];
    const startedHere = !onNextPage && placed && headerRows > 0 ? page : undefined;
    const headersAlone = (row: number) =>
      startedHere !== undefined &&
      row >= headerRows &&
      startedHere === page &&
      rowsOnPage.every((placedRow) => placedRow < headerRows);
    const startTablePage = (row: number) => {
      if (headersAlone(row)) {
        const kept = keptBefore(index);
        const first = firstOnPage[page];
        if (kept < index && first !== undefined && first < kept) throw new HeaderRowsAlone(kept);
        if (kept < index)
          throw new NotEstimated('a heading kept with a table, at the top of a page');
        throw new HeaderRowsAlone(undefined);
      }
      startPage();
      if (row >= headerRows) {
        noteFirst(index);
        position += repeated;
        rowsOnPage = Array.from({ length: headerRows }, (_, header) => header);
      }
    };
    /** The last of the rows kept together that were found taller than a page, and so break. */
    let brokenUntil = -1;
    /**
     * Rows kept with the next, from one on, go to the next page together when they do not fit on
     * this one, as Word moves them; kept rows taller than a page break where the page ends.
     */
    const placeKeptRows = (rowIndex: number) => {
      const end = keptRowsEnd(table, rowIndex);
      if (end === rowIndex || rowIndex <= brokenUntil) return;
      if (table.rows.slice(rowIndex, end + 1).some((row) => !row.cantSplit))
        throw new NotEstimated('table rows kept together that can break across pages');
      const together =
        sum(heights.slice(rowIndex, end + 1)) +
        (end < table.rows.length - 1 ? table.breakBorder : 0);
      const fitsHere = () => position + together <= bottom + tolerance;
      if (fitsHere()) return;
      if (placed) startTablePage(rowIndex);
      if (!fitsHere()) brokenUntil = end;
    };
    if (onNextPage) startTablePage(0);
    for (const [rowIndex, row] of table.rows.entries()) {
      const last = rowIndex === table.rows.length - 1;
      const breakBorder = last ? 0 : table.breakBorder;
      const height = heights[rowIndex] as number;
      const fits = (room: number) => position + room <= bottom + tolerance;
      placeKeptRows(rowIndex);
      if (row.cantSplit) {
        while (!fits(height + breakBorder) && placed) startTablePage(rowIndex);
        if (!fits(height + breakBorder))
          throw new NotEstimated('a row kept whole, taller than a page');
      }
      if (!row.cantSplit && !fits(height + breakBorder)) {
        splitRow(rowIndex, height, breakBorder, cellWidth, startTablePage);
        continue;
      }
      noteFirst(index);
      for (const cell of row.cells)
        for (const paragraph of cell.paragraphs)
          for (const line of measure(paragraph, cellWidthOf(table, cell.column)).lines)
            mark(line.bookmarks);
      position += height;
      rowsOnPage.push(rowIndex);
      placed = true;
    }
  };

  interface CellPart {
    paragraph: Measured;
    from: number;
  }
  /** As many lines of a cell's paragraphs as fit in the room, with widow control. */
  const fillCell = (parts: readonly CellPart[], room: number, isFirstPart: boolean) => {
    let used = 0;
    let previousAfter: number | undefined;
    let placedLines: Line[] = [];
    for (const [at, { paragraph, from }] of parts.entries()) {
      const space =
        from > 0
          ? 0
          : previousAfter === undefined
            ? isFirstPart
              ? paragraph.spaceBefore
              : 0
            : between(previousAfter, paragraph.spaceBefore);
      const remaining = paragraph.lines.slice(from);
      const { count } = linesThatFit(
        remaining,
        room - used - space,
        paragraph,
        from === 0,
        (upTo) => (upTo === remaining.length ? paragraph.spaceAfter : 0),
      );
      if (count > 0) {
        used += space + linesHeight(remaining.slice(0, count));
        placedLines = [...placedLines, ...remaining.slice(0, count)];
      }
      if (count < remaining.length)
        return {
          height: used,
          lines: placedLines,
          rest: [{ paragraph, from: from + count }, ...parts.slice(at + 1)],
        };
      previousAfter = paragraph.spaceAfter;
    }
    return { height: used + (previousAfter ?? 0), lines: placedLines, rest: [] as CellPart[] };
  };

  let currentTable: TableBlock | undefined;
  const splitRow = (
    rowIndex: number,
    height: number,
    breakBorder: number,
    cellWidth: (row: number, cell: number) => number,
    startTablePage: (row: number) => void,
  ) => {
    const table = currentTable as TableBlock;
    const row = table.rows[rowIndex] as TableBlock['rows'][number];
    let parts: CellPart[][] = row.cells.map((cell, at) =>
      cell.paragraphs.map((paragraph) => ({
        paragraph: measure(paragraph, cellWidth(rowIndex, at)),
        from: 0,
      })),
    );
    let isFirstPart = true;
    const borders = row.borderTop + row.borderBottom;
    for (;;) {
      const roomAbove = bottom - position - borders - breakBorder;
      const filled = parts.map((cellParts) => fillCell(cellParts, roomAbove, isFirstPart));
      const isLastPart = filled.every((part) => part.rest.length === 0);
      const placesLines =
        (!isFirstPart || (isLastPart ? height - borders : 0) <= roomAbove + tolerance) &&
        filled.some((part) => part.lines.length > 0) &&
        parts.every(
          (cellParts, cell) =>
            cellParts.length === 0 || (filled[cell] as { lines: Line[] }).lines.length > 0,
        );
      if (!placesLines && !placed)
        throw new NotEstimated('a table row whose first lines do not fit a page');
      if (!placesLines) {
        startTablePage(rowIndex);
        continue;
      }
      noteFirst(blockIndex);
      for (const part of filled) for (const line of part.lines) mark(line.bookmarks);
      const tallest = Math.max(0, ...filled.map((part) => part.height));
      position += isLastPart
        ? (isFirstPart ? height - borders : tallest) + borders
        : tallest + borders + breakBorder;
      rowsOnPage.push(rowIndex);
      placed = true;
      if (isLastPart) return;
      parts = filled.map((part) => part.rest);
      isFirstPart = false;
      startTablePage(rowIndex);
    }
  };

  const placeBlock = (index: number) => {
    const { block } = blocks[index] as { block: Block };
    if (isSectionMark(index)) {
      const paragraph = block as ParagraphBlock;
      if (placed) position += between(spaceAfter, paragraph.format.spaceBefore);
      spaceAfter = 0;
      return;
    }
    if (block.type === 'table') {
      currentTable = block;
      placeTableWithRestart(index, block);
      sectionSpaceAfter = undefined;
      return;
    }
    if (startsNextPage.get(index) === page) startPage();
    const paragraph = measure(block, width());
    if (paragraph.keepNext && placed) {
      const height = keptHeight(index);
      if (position + height > bottom + tolerance && top + height <= bottom + tolerance) startPage();
    }
    placeParagraph(index, paragraph);
    sectionSpaceAfter = undefined;
  };

  let blockIndex = 0;
  const placeTableWithRestart = (index: number, table: TableBlock) => {
    const start = snapshot();
    try {
      placeTable(index, table, false);
    } catch (error) {
      if (!(error instanceof HeaderRowsAlone)) throw error;
      if (error.kept !== undefined) throw new StartsNextPage(error.kept, page);
      restore(start);
      placeTable(index, table, true);
    }
  };

  const snapshot = () => ({
    section,
    page,
    position,
    top,
    bottom,
    placed,
    spaceAfter,
    sectionSpaceAfter,
    marks: marks.length,
    firstPages: firstPages.length,
    rowsOnPage,
    // Pages only follow each other: the first of each page so far is kept by how many there are.
    firstOnPage: firstOnPage.length,
    firstOnThisPage: firstOnPage[page],
  });
  type Snapshot = ReturnType<typeof snapshot>;
  const restore = (state: Snapshot) => {
    ({ section, page, position, top, bottom, placed, spaceAfter, sectionSpaceAfter, rowsOnPage } =
      state);
    marks.length = state.marks;
    firstPages.length = state.firstPages;
    firstOnPage.length = state.firstOnPage;
    if (state.firstOnThisPage === undefined) delete firstOnPage[state.page];
    else firstOnPage[state.page] = state.firstOnThisPage;
  };

  firstPages.push(1);
  startPage();
  const snapshots: Snapshot[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const entry = blocks[index] as { block: Block; section: number };
    if (entry.section !== section) {
      const end = blocks[index - 1]?.block;
      sectionSpaceAfter =
        end?.type === 'paragraph' && end.endsSection !== undefined
          ? end.format.spaceAfter
          : spaceAfter;
      const kept = sectionSpaceAfter;
      section = entry.section;
      startPage();
      sectionSpaceAfter = kept;
      firstPages.push(page);
    }
    snapshots[index] = snapshot();
    blockIndex = index;
    try {
      placeBlock(index);
    } catch (error) {
      if (!(error instanceof StartsNextPage)) throw error;
      if (startsNextPage.get(error.block) === error.page)
        throw new NotEstimated('a heading and table that move on and on');
      startsNextPage.set(error.block, error.page);
      restore(snapshots[error.block] as Snapshot);
      index = error.block - 1;
    }
  }
  const bookmarks = new Map<string, number>();
  for (const [name, at] of marks) if (!bookmarks.has(name)) bookmarks.set(name, at);
  const sectionPageCounts = firstPages.map((first, at) => (firstPages[at + 1] ?? page + 1) - first);
  return { bookmarks, pageCount: page, sectionPageCounts };
}
