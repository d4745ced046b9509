import type { IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import type { RunFormat } from './document-format';
import { readDocumentFormat, type DocumentFormat } from './document-format';
import { readFontMetrics, type FontMetrics } from './font-metrics';
import {
  attributesOf,
  childrenOf,
  find,
  nameOf,
  NotEstimated,
  numberAttribute,
  type Formatted,
} from './formatted-xml';
import type { Block, LayoutContent, ParagraphBlock, SectionPage } from './layout-blocks';
import { measureWithLibrary } from './library-widths';
import { paginate } from './paginate';
import { isHalfWidth, isWide, paragraphLines, takesNoRoom } from './paragraph-lines';
import { ParagraphReader, readBodyBlocks } from './read-blocks';

interface Preparable {
  prepForXml(context: IContext): IXmlableObject | undefined;
}
interface FileParts {
  Styles: Preparable;
  Numbering: Preparable;
  Settings: Preparable;
  Footers: { View: Preparable }[];
  Headers: { View: Preparable }[];
  Document: { Relationships: Preparable };
}

/** A page number's room, in figures: up to 999 pages. */
const figures = 3;
const mostPages = 999;

const sectionChildren = new Set([
  'w:headerReference',
  'w:footerReference',
  'w:pgSz',
  'w:pgMar',
  'w:pgNumType',
  'w:docGrid',
  'w:type',
  'w:cols',
]);

function faceFinder(faces: readonly FontMetrics[]) {
  const chosen = new Map<string, FontMetrics>();
  // Run formats are shared between runs of the same formatting: most look-ups end here.
  const byFormat = new WeakMap<RunFormat, FontMetrics>();
  return (format: RunFormat): FontMetrics => {
    const known = byFormat.get(format);
    if (known) return known;
    const key = `${format.font.toLowerCase()}|${format.bold}|${format.italic}`;
    let face = chosen.get(key);
    if (!face) {
      const named = faces.filter(
        (candidate) =>
          candidate.name.toLowerCase() === format.font.toLowerCase() &&
          candidate.bold === format.bold,
      );
      face = named.find((candidate) => candidate.italic === format.italic) ?? named[0];
      if (!face) throw new NotEstimated(`text in ${format.font} without a file for it`);
      chosen.set(key, face);
    }
    byFormat.set(format, face);
    return face;
  };
}

/** The settings the layout follows: Word 2013's layout, tab stops every half inch. */
function checkSettings(settings: Formatted) {
  for (const child of childrenOf(settings)) {
    const name = nameOf(child);
    if (name === 'w:defaultTabStop' && numberAttribute(child, 'w:val') !== 720)
      throw new NotEstimated('default tab stops of another width');
    if (name === 'w:compat')
      for (const setting of childrenOf(child)) {
        const attributes = attributesOf(setting);
        if (
          nameOf(setting) !== 'w:compatSetting' ||
          attributes['w:name'] !== 'compatibilityMode' ||
          Number(attributes['w:val']) !== 15
        )
          throw new NotEstimated('a compatibility setting');
      }
    if (name === 'w:autoHyphenation' || name === 'w:evenAndOddHeaders') {
      const value = attributesOf(child)['w:val'];
      if (value !== false && value !== 'false' && value !== 0) throw new NotEstimated(`${name} on`);
    }
  }
}

/**
 * The contents' page numbers worked out with one layout of the document's own blocks (see
 * paginate), for the paragraphs and tables the deliverables are made of. docx/layout lays the
 * whole document out at least twice, reading every element of it into a general model of Word's
 * layout first; for these documents the result is the same, checked on every size of plan in the
 * tests (and against LibreOffice's PDF), in a small part of the time. Anything outside what the
 * fast layout follows (another font, a floating picture, a merged cell, a field it does not
 * know…) goes to `fallback`, the library's estimate.
 */
export function fastPageNumbers(
  fontFiles: readonly { data: Uint8Array }[],
  fallback: PageNumberEstimator,
  onFallback?: (reason: string) => void,
): PageNumberEstimator {
  let faceOf: ((format: RunFormat) => FontMetrics) | undefined;
  return (body, context) => {
    try {
      faceOf ??= faceFinder(fontFiles.map((file) => readFontMetrics(file.data)));
      return estimate(body as Formatted, context, faceOf);
    } catch (error) {
      if (!(error instanceof NotEstimated)) throw error;
      onFallback?.(error.message);
      return fallback(body, context);
    }
  };
}

function estimate(body: Formatted, context: IContext, faceOf: (format: RunFormat) => FontMetrics) {
  const file = context.file as unknown as FileParts | undefined;
  if (!file) throw new NotEstimated('a body outside a document');
  checkSettings(file.Settings.prepForXml(context) as Formatted);
  const format = readDocumentFormat(
    file.Styles.prepForXml(context) as Formatted,
    file.Numbering.prepForXml(context) as Formatted | undefined,
  );
  const targets = new Map<string, string>();
  for (const relationship of childrenOf(
    file.Document.Relationships.prepForXml(context) as Formatted,
  )) {
    const attributes = attributesOf(relationship);
    targets.set(String(attributes.Id), String(attributes.Target));
  }
  const children = childrenOf(body);
  const sectionElements: Formatted[] = [];
  const sectionOf = (paragraph: Formatted) =>
    find(childrenOf(find(childrenOf(paragraph), 'w:pPr')), 'w:sectPr');
  for (const child of children) {
    if (nameOf(child) === 'w:p') {
      const properties = sectionOf(child);
      if (properties) sectionElements.push(properties);
    } else if (nameOf(child) === 'w:sectPr') sectionElements.push(child);
  }
  const sections = sectionElements.map((element) =>
    sectionPage(element, format, faceOf, file, targets, context),
  );
  const paragraphs = new ParagraphReader(format);
  const blocks = readBodyBlocks(
    children,
    paragraphs,
    (index) => (sections[index] as SectionPage).width,
    { value: 0 },
    sectionOf,
  );
  if (blocks.some(({ section }) => section >= sections.length))
    throw new NotEstimated('blocks after the last section');
  measureWithLibrary(charactersWithoutGlyphs(blocks, faceOf));
  const content: LayoutContent = { blocks, sections };
  const { bookmarks, pageCount, sectionPageCounts } = paginate(content, faceOf, figures);
  if (pageCount > mostPages) throw new NotEstimated('more pages than the room for their numbers');
  return {
    bookmarks: new Map([...bookmarks].map(([name, page]) => [name, String(page)])),
    bookmarkPageNumbers: bookmarks,
    pageCount,
    sectionPageCounts,
  };
}

const beyondAscii = /[^\p{ASCII}]/u;

/** The characters of the body's text that their font files have no glyph for, with their formats. */
function charactersWithoutGlyphs(
  blocks: readonly { block: Block }[],
  faceOf: (format: RunFormat) => FontMetrics,
) {
  const found: { character: string; format: RunFormat }[] = [];
  const seen = new Set<string>();
  const paragraphs = blocks.flatMap(({ block }): ParagraphBlock[] =>
    block.type === 'paragraph'
      ? [block]
      : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs)),
  );
  for (const paragraph of paragraphs)
    for (const inline of paragraph.inlines) {
      // Text of ASCII alone has nothing to look for: the checks below pass every such character.
      if (inline.kind !== 'text' || !beyondAscii.test(inline.text)) continue;
      const face = faceOf(inline.format);
      for (const character of inline.text) {
        const code = character.codePointAt(0) as number;
        if (code < 0x80 || takesNoRoom.test(character) || isWide(code) || isHalfWidth(code))
          continue;
        if (face.advance(code) !== undefined) continue;
        const key = `${character}|${JSON.stringify(inline.format)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ character, format: inline.format });
      }
    }
  return found;
}

/** A section's page: its size and margins, and a header or footer that reaches into the text. */
function sectionPage(
  element: Formatted,
  format: DocumentFormat,
  faceOf: (format: RunFormat) => FontMetrics,
  file: FileParts,
  targets: Map<string, string>,
  context: IContext,
): SectionPage {
  const children = childrenOf(element);
  for (const child of children) {
    const name = nameOf(child) as string;
    if (!sectionChildren.has(name)) throw new NotEstimated(`the section property ${name}`);
  }
  const type = attributesOf(find(children, 'w:type'))['w:val'];
  if (type !== undefined && type !== 'nextPage')
    throw new NotEstimated(`a ${String(type)} section`);
  if (Number(attributesOf(find(children, 'w:cols'))['w:num'] ?? 1) > 1)
    throw new NotEstimated('columns');
  if (Object.keys(attributesOf(find(children, 'w:pgNumType'))).length > 0)
    throw new NotEstimated('page numbers of their own');
  const grid = attributesOf(find(children, 'w:docGrid'))['w:type'];
  if (grid !== undefined && grid !== 'default') throw new NotEstimated('a document grid');
  const size = find(children, 'w:pgSz');
  const margins = find(children, 'w:pgMar');
  const points = (element: Formatted | undefined, name: string) =>
    (numberAttribute(element, name) ?? 0) / 20;
  const pageWidth = points(size, 'w:w');
  const pageHeight = points(size, 'w:h');
  const left = points(margins, 'w:left');
  const right = points(margins, 'w:right');
  const width = pageWidth - left - right - points(margins, 'w:gutter');
  let top = points(margins, 'w:top');
  let bottom = pageHeight - points(margins, 'w:bottom');
  for (const reference of children) {
    const name = nameOf(reference);
    if (name !== 'w:headerReference' && name !== 'w:footerReference') continue;
    const attributes = attributesOf(reference);
    if (attributes['w:type'] !== 'default')
      throw new NotEstimated('a first-page or even-page header');
    const target = targets.get(String(attributes['r:id'])) ?? '';
    const isHeader = name === 'w:headerReference';
    const number = Number(
      new RegExp(`^${isHeader ? 'header' : 'footer'}(\\d+)\\.xml$`).exec(target)?.[1],
    );
    const part = (isHeader ? file.Headers : file.Footers)[number - 1];
    if (!part) throw new NotEstimated('a header or footer that cannot be found');
    const height = partHeight(part.View.prepForXml(context) as Formatted, format, faceOf, width);
    if (isHeader) top = Math.max(top, points(margins, 'w:header') + height);
    else bottom = Math.min(bottom, pageHeight - points(margins, 'w:footer') - height);
  }
  return { top, bottom, width };
}

/** How tall a header's or footer's paragraphs are, with the space between them. */
function partHeight(
  part: Formatted,
  format: DocumentFormat,
  faceOf: (format: RunFormat) => FontMetrics,
  width: number,
): number {
  const reader = new ParagraphReader(format, true);
  let height = 0;
  let after: number | undefined;
  for (const child of childrenOf(part)) {
    if (nameOf(child) !== 'w:p')
      throw new NotEstimated('a table or other block in a header or footer');
    const paragraph = reader.read(child);
    const lines = paragraphLines(paragraph, width, faceOf, figures);
    height +=
      (after === undefined
        ? paragraph.format.spaceBefore
        : Math.max(after, paragraph.format.spaceBefore)) +
      lines.reduce((total, line) => total + line.height, 0);
    after = paragraph.format.spaceAfter;
  }
  return height + (after ?? 0);
}
