import type { Paragraph, Table } from 'docx';
import { emptyNote, heading } from '../document-blocks';
import type { DocumentLook } from '../document-look';
import type { Orientation } from '../page-layout';
import type { PlanCharts } from '../plan-charts';

/** What every chapter is built with besides the snapshot: its drawn charts and the look. */
export interface PlanContext {
  charts: PlanCharts;
  look: DocumentLook;
}

export type Block = Paragraph | Table;

/** One chapter of the plan: a worksheet of the method, in its own section. */
export interface Chapter {
  orientation: Orientation;
  children: Block[];
}

/**
 * A chapter under its Heading 1; an empty worksheet says so in one italic line, so the reader
 * knows it was not forgotten, rather than meeting empty tables.
 */
export function chapter(
  title: string,
  orientation: Orientation,
  body: readonly Block[] | null,
  emptyText: string,
): Chapter {
  return {
    orientation,
    children: [heading(title), ...(body === null ? [emptyNote(emptyText)] : body)],
  };
}

/** A part of a chapter under its Heading 2: its content, or one italic line when there is none. */
export function part(title: string, content: readonly Block[] | null, emptyText: string): Block[] {
  return [heading(title, 2), ...(content === null ? [emptyNote(emptyText)] : content)];
}

/** The content when the list has entries, else null (for part and chapter). */
export function whenAny<T>(list: readonly T[], build: (list: readonly T[]) => Block[]) {
  return list.length === 0 ? null : build(list);
}

/** A text or a dash: a table cell never shows an empty value as a gap that looks like a typo. */
export function orDash(text: string): string {
  return text.trim() === '' ? '—' : text;
}
