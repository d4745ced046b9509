import type { PageNumberEstimator } from 'docx';
import { attributesOf, childrenOf, nameOf, type Formatted } from './page-estimate/formatted-xml';

/** A paragraph whose one run holds only the end of a field, and so nothing to read. */
function onlyEndsAField(paragraph: unknown): paragraph is { 'w:p': unknown[] } {
  if (nameOf(paragraph) !== 'w:p') return false;
  const [run, ...others] = childrenOf(paragraph as Formatted);
  const [mark, ...rest] = childrenOf(run);
  return (
    others.length === 0 &&
    nameOf(run) === 'w:r' &&
    rest.length === 0 &&
    nameOf(mark) === 'w:fldChar' &&
    attributesOf(mark)['w:fldCharType'] === 'end'
  );
}

/**
 * Ends the contents' field in the paragraph of their last entry. docx fills the contents in from
 * the headings with a paragraph of its own after the entries that only ends the field; it takes a
 * line like any other, so when the entries fill the page it goes on to the next, a page blank but
 * for the header before the first chapter (in Word and in LibreOffice alike). Ended on the last
 * entry, as docx ends contents it is given the entries of, the field takes no room.
 */
export function endContentsOnTheirLastEntry(body: Formatted): void {
  for (const block of childrenOf(body)) {
    if (nameOf(block) !== 'w:sdt') continue;
    const content = childrenOf(block).find((child) => nameOf(child) === 'w:sdtContent');
    const paragraphs = content?.['w:sdtContent'];
    if (!Array.isArray(paragraphs) || paragraphs.length < 2) continue;
    const [entry, end] = paragraphs.slice(-2) as [unknown, unknown];
    const entryContent = nameOf(entry) === 'w:p' ? (entry as Formatted)['w:p'] : undefined;
    if (!Array.isArray(entryContent) || !onlyEndsAField(end)) continue;
    entryContent.push(...end['w:p']);
    paragraphs.pop();
  }
}

/**
 * The page numbers of `estimator`, worked out once the contents end on their last entry: docx
 * calls it with the body formatted and the contents filled in, before it writes them.
 */
export function withContentsEndedOnTheirLastEntry(
  estimator: PageNumberEstimator,
): PageNumberEstimator {
  const estimate: PageNumberEstimator = (body, context) => {
    endContentsOnTheirLastEntry(body as Formatted);
    return estimator(body, context);
  };
  return estimator.listNumbers
    ? Object.assign(estimate, { listNumbers: estimator.listNumbers })
    : estimate;
}
