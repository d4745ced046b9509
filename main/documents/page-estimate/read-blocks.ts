import type { DocumentFormat, RunFormat } from './document-format';
import {
  attributesOf,
  childrenOf,
  find,
  isOn,
  nameOf,
  NotEstimated,
  numberAttribute,
  textOf,
  type Formatted,
} from './formatted-xml';
import type { Block, Inline, ParagraphBlock, TableBlock, TableRow } from './layout-blocks';

const emuPerPoint = 12_700;

/** Elements of a run or paragraph that take no room and change nothing of the lines. */
const roomless = new Set([
  'w:rPr',
  'w:pPr',
  'w:bookmarkEnd',
  'w:proofErr',
  'w:lastRenderedPageBreak',
  'w:permStart',
  'w:permEnd',
]);

interface Field {
  instruction: string;
  result: boolean;
}

/** Reads one paragraph (the body's, a cell's, a header's) into what its lines need. */
export class ParagraphReader {
  /** Fields open across paragraphs (a table of contents spans its entries). */
  private fields: Field[] = [];

  /**
   * @param pageFields - Whether PAGE and NUMPAGES fields may be in its paragraphs: a header's or
   *   footer's, whose heights are all that matters of them.
   */
  constructor(
    private readonly format: DocumentFormat,
    private readonly pageFields = false,
  ) {}

  read(paragraph: Formatted): ParagraphBlock {
    const children = childrenOf(paragraph);
    const properties = childrenOf(find(children, 'w:pPr'));
    const styleId = attributesOf(find(properties, 'w:pStyle'))['w:val'] as string | undefined;
    const direct = properties.filter((property) => nameOf(property) !== 'w:sectPr');
    let format = this.format.paragraph(styleId, direct);
    const mark = this.format.run(styleId, childrenOf(find(properties, 'w:rPr')));
    let bullet: ParagraphBlock['bullet'];
    if (format.numbering) {
      const level = this.format.bullet(format.numbering.id, format.numbering.level);
      if (!find(direct, 'w:ind'))
        format = { ...format, left: level.left, firstLine: -level.hanging };
      bullet = { text: level.text, format: mark };
    }
    const inlines: Inline[] = [];
    this.readContent(children, styleId, inlines);
    return { type: 'paragraph', inlines, format, mark, ...(bullet ? { bullet } : {}) };
  }

  private visible(): boolean {
    return this.fields.every((field) => field.result);
  }

  private readContent(
    children: readonly Formatted[],
    styleId: string | undefined,
    inlines: Inline[],
  ) {
    for (const child of children) {
      const name = nameOf(child) as string;
      if (roomless.has(name)) continue;
      if (name === 'w:r') this.readRun(child, styleId, inlines);
      else if (name === 'w:hyperlink' || name === 'w:smartTag')
        this.readContent(childrenOf(child), styleId, inlines);
      else if (name === 'w:bookmarkStart')
        inlines.push({ kind: 'bookmark', name: String(attributesOf(child)['w:name']) });
      else throw new NotEstimated(`${name} in a paragraph`);
    }
  }

  private readRun(run: Formatted, styleId: string | undefined, inlines: Inline[]) {
    const parts = childrenOf(run);
    const format = this.format.run(styleId, childrenOf(find(parts, 'w:rPr')));
    for (const part of parts) {
      const name = nameOf(part) as string;
      if (name === 'w:rPr') continue;
      if (name === 'w:fldChar') {
        this.fieldChar(String(attributesOf(part)['w:fldCharType']), format, inlines);
        continue;
      }
      if (name === 'w:instrText') {
        const field = this.fields[this.fields.length - 1];
        if (field && !field.result) field.instruction += textOf(part);
        continue;
      }
      if (!this.visible()) continue;
      if (name === 'w:t') {
        const text = textOf(part);
        if (text !== '') inlines.push({ kind: 'text', text, format });
      } else if (name === 'w:tab') inlines.push({ kind: 'tab', format });
      else if (name === 'w:br') {
        if (attributesOf(part)['w:type'] !== undefined)
          throw new NotEstimated('a page or column break');
        inlines.push({ kind: 'break', format });
      } else if (name === 'w:noBreakHyphen') inlines.push({ kind: 'text', text: '\u2011', format });
      else if (name === 'w:drawing') inlines.push(this.picture(part, format));
      else if (!roomless.has(name)) throw new NotEstimated(`${name} in a run`);
    }
  }

  private fieldChar(kind: string, format: RunFormat, inlines: Inline[]) {
    if (kind === 'begin') {
      this.fields.push({ instruction: '', result: false });
      return;
    }
    const field = this.fields[this.fields.length - 1];
    if (!field) throw new NotEstimated('a field that ends before it begins');
    if (kind === 'separate') {
      const instruction = field.instruction.trim();
      const pageField = this.pageFields && /^(PAGE|NUMPAGES|SECTIONPAGES)\b/i.test(instruction);
      if (/^PAGEREF\b/i.test(instruction) || pageField) {
        // Its result is written once the pages are known; its room is a number's.
        if (this.visible()) inlines.push({ kind: 'pageNumber', format });
        field.result = false;
        field.instruction = '';
        return;
      }
      if (!/^(TOC|HYPERLINK)\b/i.test(instruction))
        throw new NotEstimated(`a ${instruction.split(/\s/)[0]} field`);
      field.result = true;
    } else if (kind === 'end') this.fields.pop();
    else throw new NotEstimated('a field character of another kind');
  }

  private picture(drawing: Formatted, format: RunFormat): Inline {
    const [inline, ...others] = childrenOf(drawing);
    if (others.length > 0 || nameOf(inline) !== 'wp:inline')
      throw new NotEstimated('a drawing that text flows around');
    const parts = childrenOf(inline);
    const extent = find(parts, 'wp:extent');
    const effects = attributesOf(find(parts, 'wp:effectExtent'));
    if (Object.values(effects).some((value) => Number(value) !== 0))
      throw new NotEstimated('a picture with effects around it');
    const distances = attributesOf(inline);
    if (['distT', 'distB', 'distL', 'distR'].some((key) => Number(distances[key] ?? 0) !== 0))
      throw new NotEstimated('a picture with space around it');
    return {
      kind: 'picture',
      width: (numberAttribute(extent, 'cx') ?? 0) / emuPerPoint,
      height: (numberAttribute(extent, 'cy') ?? 0) / emuPerPoint,
      format,
    };
  }
}

/** The table's borders: each side's width in points, or 0 without one. */
function borderWidths(borders: Formatted | undefined): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const side of childrenOf(borders)) {
    const attributes = attributesOf(side);
    const kind = attributes['w:val'];
    const name = (nameOf(side) as string).slice(2);
    if (kind === 'nil' || kind === 'none') widths[name] = 0;
    else if (kind === 'single') {
      if (Number(attributes['w:space'] ?? 0) !== 0) throw new NotEstimated('a border with space');
      widths[name] = (numberAttribute(side, 'w:sz') ?? 0) / 8;
    } else throw new NotEstimated(`a ${String(kind)} table border`);
  }
  return widths;
}

const tableProperties = new Set(['w:tblW', 'w:tblBorders', 'w:tblLayout', 'w:tblLook', 'w:jc']);
const cellProperties = new Set(['w:tcW', 'w:shd', 'w:vAlign']);

/**
 * A table whose columns are as its grid gives them: every cell with a width, the table as wide
 * as its text area, single borders, no merged cells. Word keeps those widths unless a word is
 * longer than its cell (see table-columns.ts).
 */
export function readTable(
  table: Formatted,
  paragraphs: ParagraphReader,
  textWidth: number,
): TableBlock {
  const children = childrenOf(table);
  const properties = childrenOf(find(children, 'w:tblPr'));
  for (const property of properties)
    if (!tableProperties.has(nameOf(property) as string))
      throw new NotEstimated(`the table property ${nameOf(property)}`);
  const width = attributesOf(find(properties, 'w:tblW'));
  if (width['w:type'] !== 'pct' || Number(width['w:w']) !== 5000)
    throw new NotEstimated('a table narrower or wider than its text');
  const grid = childrenOf(find(children, 'w:tblGrid')).map(
    (column) => (numberAttribute(column, 'w:w') ?? 0) / 20,
  );
  if (Math.abs(grid.reduce((total, column) => total + column, 0) - textWidth) > 0.2)
    throw new NotEstimated('a table whose grid is not its text area');
  const borders = borderWidths(find(properties, 'w:tblBorders'));
  const side = Math.max(borders.left ?? 0, borders.right ?? 0, borders.insideV ?? 0) / 2;
  // The default table style's cell margins, 108 twips either side, unless a border's half is more.
  const margin = Math.max(5.4, side);
  const rowElements = children.filter((child) => nameOf(child) === 'w:tr');
  const rows: TableRow[] = rowElements.map((row, index) => {
    const parts = childrenOf(row);
    const rowProperties = childrenOf(find(parts, 'w:trPr'));
    for (const property of rowProperties)
      if (!['w:tblHeader', 'w:cantSplit'].includes(nameOf(property) as string))
        throw new NotEstimated(`the row property ${nameOf(property)}`);
    const cells = parts.filter((part) => nameOf(part) === 'w:tc');
    if (cells.length !== grid.length) throw new NotEstimated('a row of merged or missing cells');
    return {
      header: isOn(find(rowProperties, 'w:tblHeader')) ?? false,
      cantSplit: isOn(find(rowProperties, 'w:cantSplit')) ?? false,
      borderTop: (index === 0 ? borders.top : borders.insideH) ?? 0,
      borderBottom: index === rowElements.length - 1 ? (borders.bottom ?? 0) : 0,
      cells: cells.map((cell, column) => {
        const cellParts = childrenOf(cell);
        for (const property of childrenOf(find(cellParts, 'w:tcPr')))
          if (!cellProperties.has(nameOf(property) as string))
            throw new NotEstimated(`the cell property ${nameOf(property)}`);
        const content = cellParts.filter((part) => nameOf(part) !== 'w:tcPr');
        if (content.some((part) => nameOf(part) !== 'w:p'))
          throw new NotEstimated('a table in a table cell');
        return { column, paragraphs: content.map((part) => paragraphs.read(part)) };
      }),
    };
  });
  return {
    type: 'table',
    rows,
    columns: grid,
    margin,
    sideBorders: ((borders.left ?? 0) + (borders.right ?? 0)) / 2,
    breakBorder: borders.bottom ?? 0,
  };
}

/** The body's paragraphs and tables in order, a table of contents' entries among them. */
export function readBodyBlocks(
  children: readonly Formatted[],
  paragraphs: ParagraphReader,
  textWidthOf: (sectionIndex: number) => number,
  sectionIndex: { value: number },
  sectionProperties: (paragraph: Formatted) => Formatted | undefined,
): { block: Block; section: number }[] {
  const blocks: { block: Block; section: number }[] = [];
  for (const child of children) {
    const name = nameOf(child);
    if (name === 'w:p') {
      const block = paragraphs.read(child);
      const section = sectionIndex.value;
      if (sectionProperties(child)) {
        block.endsSection = section;
        sectionIndex.value += 1;
      }
      blocks.push({ block, section });
    } else if (name === 'w:tbl')
      blocks.push({
        block: readTable(child, paragraphs, textWidthOf(sectionIndex.value)),
        section: sectionIndex.value,
      });
    else if (name === 'w:sdt')
      blocks.push(
        ...readBodyBlocks(
          childrenOf(find(childrenOf(child), 'w:sdtContent')),
          paragraphs,
          textWidthOf,
          sectionIndex,
          sectionProperties,
        ),
      );
    else if (name === 'w:sectPr' || name === 'w:bookmarkEnd') continue;
    else throw new NotEstimated(`${String(name)} in the body`);
  }
  return blocks;
}
