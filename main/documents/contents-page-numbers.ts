import type { PageNumberEstimator } from 'docx';
import { fastPageNumbers } from './page-estimate/fast-page-numbers';
import { loadDocxLayout } from './page-estimate/load-docx-layout';
import type { PageFont } from './page-fonts';

const estimators = new WeakMap<readonly PageFont[], PageNumberEstimator>();

/**
 * Works out the page numbers of the contents by laying the pages out once with the deliverables'
 * own font files (page-estimate/), which follows Word's rules for the paragraphs and tables they
 * are made of. What it does not follow goes to docx/layout's estimate with the same fonts, which
 * guesses rather than leaves numbers blank where a character or a face has no file; docx/layout
 * is loaded and reads the fonts only then. Made once per set of fonts, so every export of a
 * process reuses the fonts read and the widths measured.
 *
 * Neither gives list numbers: the plan's headings are not numbered, and working them out would
 * make docx/layout read the whole document once more.
 */
export function contentsPageNumbers(fonts: readonly PageFont[]): PageNumberEstimator {
  let estimator = estimators.get(fonts);
  if (!estimator) {
    let library: PageNumberEstimator | undefined;
    estimator = fastPageNumbers(fonts, (body, context) => {
      library ??= loadDocxLayout().estimatePageNumbersWith({ fonts, guess: true });
      return library(body, context);
    });
    estimators.set(fonts, estimator);
  }
  return estimator;
}
