import { packDocument } from '../../../main/documents/pack-document';
import type { Document } from 'docx';
import { readZipEntry } from './read-zip-entry';

/** The main part of a packed document, as text. */
export async function documentXml(document: Document): Promise<string> {
  return readZipEntry(await packDocument(document), 'word/document.xml');
}

/**
 * The text as a reader reads it: a no-break space as a space, Word's no-break hyphen as a hyphen,
 * an invisible break opportunity as nothing (unbreakable-units.test.ts checks where they are).
 */
const textsOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)]
    .map((text) => text[1] ?? '-')
    .join('')
    .replaceAll('\u00A0', ' ')
    .replaceAll('\u200B', '');

/**
 * Where the cover ends: every deliverable opens with a cover, a section of its own, whose details
 * are laid out in a table without borders.
 */
function coverEnd(xml: string): number {
  const end = xml.indexOf('</w:sectPr>');
  const firstHeading = xml.indexOf('<w:pStyle w:val="Heading1"/>');
  // Part of a document that starts at a heading (chapterXml) has no cover.
  return end === -1 || (firstHeading !== -1 && firstHeading < end) ? 0 : end;
}

/** One chapter of a document: from its Heading 1 to the next. */
export function chapterXml(xml: string, title: string): string {
  const starts = [
    ...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>/g),
  ].map((match) => match.index);
  const index = starts.findIndex((start) => {
    const end = xml.indexOf('</w:p>', start);
    return textsOf(xml.slice(start, end)) === title;
  });
  if (index === -1) throw new Error(`No chapter titled ${title}.`);
  return xml.slice(starts[index], starts[index + 1] ?? xml.length);
}

/** The document after its cover. */
export function afterCover(xml: string): string {
  return xml.slice(coverEnd(xml));
}

/** The cover's details, label and value: [["Date", "2026-12-01"], ["Prepared by", "…"]]. */
export function coverDetails(xml: string): string[][] {
  return rowsOf(xml.slice(0, coverEnd(xml)));
}

function rowsOf(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textsOf(cell[0])),
  );
}

/** The text of each table row after the cover, cell by cell, in document order. */
export function tableRows(xml: string): string[][] {
  return rowsOf(afterCover(xml));
}

/** Each table after the cover as its rows, in document order. */
export function tables(xml: string): string[][][] {
  return [...afterCover(xml).matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    rowsOf(table[0]),
  );
}

const paragraphXml = (xml: string) =>
  [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);

/** Paragraph texts with their style, in document order (table cells included). */
export function paragraphs(xml: string): { style: string; text: string }[] {
  return paragraphXml(xml).map((paragraph) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '',
    text: textsOf(paragraph),
  }));
}

/** The texts of paragraphs set in italics: how a deliverable says a part is empty. */
export function italicLines(xml: string): string[] {
  return paragraphXml(xml)
    .filter((paragraph) => /<w:i\/>/.test(paragraph))
    .map(textsOf);
}

/** The headings, as "1 Title" and "2 Part", in document order. */
export function headings(xml: string): string[] {
  return paragraphs(xml)
    .filter((paragraph) => /^Heading\d$/.test(paragraph.style))
    .map((paragraph) => `${paragraph.style.slice(-1)} ${paragraph.text}`);
}
