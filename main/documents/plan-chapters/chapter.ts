import type { Paragraph, Table } from 'docx';
import type { DocumentVersion } from '../../../shared/domain/document-choices';
import { emptyNote, heading } from '../document-blocks';
import type { DocumentLook } from '../document-look';
import type { Orientation } from '../page-layout';
import type { PlanCharts } from '../plan-charts';

/** What every chapter is built with besides the snapshot: its drawn charts and the look. */
export interface PlanContext {
  charts: PlanCharts;
  look: DocumentLook;
  /** The client version leaves out empty parts and the consultant's working material. */
  version: DocumentVersion;
}

/** Whether this document is the client version, which says nothing of what is still to do. */
export const forClient = (context: Pick<PlanContext, 'version'>) => context.version === 'client';

export type Block = Paragraph | Table;

/** One chapter of the plan: a worksheet of the method, in its own section. */
export interface Chapter {
  orientation: Orientation;
  children: Block[];
}

/**
 * A chapter under its Heading 1; in the working version an empty worksheet says so in one italic
 * line, so the reader knows it was not forgotten, rather than meeting empty tables. The client
 * version leaves an empty chapter out (null).
 */
export function chapter(
  title: string,
  orientation: Orientation,
  body: readonly Block[] | null,
  emptyText: string,
  context: Pick<PlanContext, 'version'>,
): Chapter | null {
  if (body === null && forClient(context)) return null;
  return {
    orientation,
    children: [heading(title), ...(body === null ? [emptyNote(emptyText)] : body)],
  };
}

/**
 * A part of a chapter under its Heading 2: its content, or one italic line when there is none;
 * the client version leaves an empty part out.
 */
export function part(
  title: string,
  content: readonly Block[] | null,
  emptyText: string,
  context: Pick<PlanContext, 'version'>,
): Block[] {
  if (content === null) return forClient(context) ? [] : [heading(title, 2), emptyNote(emptyText)];
  return [heading(title, 2), ...content];
}

/** The working version's words for something not done yet; the client version's dash. */
export function toDo(text: string, context: Pick<PlanContext, 'version'>): string {
  return forClient(context) ? '—' : text;
}

/** Blocks only the working version carries: the consultant's checks and to-dos. */
export function workingOnly(
  blocks: readonly Block[],
  context: Pick<PlanContext, 'version'>,
): Block[] {
  return forClient(context) ? [] : [...blocks];
}

/** The content when the list has entries, else null (for part and chapter). */
export function whenAny<T>(list: readonly T[], build: (list: readonly T[]) => Block[]) {
  return list.length === 0 ? null : build(list);
}

/** A text or a dash: a table cell never shows an empty value as a gap that looks like a typo. */
export function orDash(text: string): string {
  return text.trim() === '' ? '—' : text;
}
