import type { WorksheetProps } from '../workspace/worksheet-props';
import { ObjectionList } from './ObjectionList';
import { PerceptionList } from './PerceptionList';
import { PersonaList } from './PersonaList';
import { SalesHandoff } from './SalesHandoff';
import './alignment.css';

/** Sales & marketing alignment: who the buyer is, what they object to, what they believe. */
export function AlignmentWorksheet({ engagement }: WorksheetProps) {
  return (
    <section className="worksheet alignment" aria-labelledby="alignment-title">
      <h2 id="alignment-title">Sales & marketing alignment</h2>
      <p className="worksheet-hint">
        Marketing can help all the way to the close only if it knows the buyer as sales does. Ask
        sales: who buys, what do they want, and what state of mind are they in? Which objections do
        you hear, how often, and what answer do we agree to give? What do buyers believe about us —
        true or not — and what do we do about it? When is a lead ready for sales, who follows it up,
        and what does sales report back?
      </p>
      <PersonaList engagementId={engagement.id} />
      <ObjectionList engagementId={engagement.id} />
      <PerceptionList engagementId={engagement.id} />
      <SalesHandoff engagementId={engagement.id} />
    </section>
  );
}
