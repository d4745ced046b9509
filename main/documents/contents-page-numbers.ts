import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { PageFont } from './page-fonts';

const estimators = new WeakMap<readonly PageFont[], PageNumberEstimator>();

/**
 * Works out the page numbers of the contents by laying the pages out with the deliverables' own
 * font files; where a character or a face has no file, the layout guesses rather than leaving
 * numbers blank. Made once per set of fonts, so every export of a process reuses the fonts read
 * and the widths measured. It gives no list numbers: the plan's headings are not numbered, and
 * working them out would read the whole document once more (a quarter of the layout's time).
 */
export function contentsPageNumbers(fonts: readonly PageFont[]): PageNumberEstimator {
  let estimator = estimators.get(fonts);
  if (!estimator) {
    const withFonts = estimatePageNumbersWith({ fonts, guess: true });
    estimator = (body, context) => withFonts(body, context);
    estimators.set(fonts, estimator);
  }
  return estimator;
}
