import { forClient, type PlanContext } from './chapter';

/**
 * The planner's investment figures as the client reads them: what stands in for a missing figure
 * ("No budget yet", "Not known yet") becomes a dash, and the clauses that list what is still to
 * set are left out. The working version keeps the planner's words as they are.
 */
export function investmentWords(text: string, context: Pick<PlanContext, 'version'>): string {
  if (!forClient(context)) return text;
  if (/^(No budget yet|Not known yet)$/.test(text.trim())) return '—';
  return text
    .replace(/; the expected revenue is not known yet\./, '.')
    .replace(/[;,]? *without one yet: [^;.]*/, '')
    .replace(/ *\(\d+ without a budget\)/, '');
}
