import type { DocumentLook } from '../document-look';

/** Titles longer than this are cut at a word: a heading then fits one line of the contents. */
export const shortTitleLength = 72;

/** The text, or its first words and "…" when it is long; always one line. */
export function shortTitle(text: string, max = shortTitleLength): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "Kick-off session · 2026-11-30" with its date in the consultant's style. */
export function styleLabelDate(label: string, look: Pick<DocumentLook, 'date'>): string {
  return label.replace(/\d{4}-\d{2}-\d{2}$/, (iso) => look.date(iso));
}

/** After a due date that has passed: held on the date's line, "1 March 2027 (overdue)". */
export const overdueMark = '\u00A0(overdue)';
