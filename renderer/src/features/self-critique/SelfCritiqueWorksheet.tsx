import { useCritiqueEntries, useCritiqueSheet } from '../../hooks/use-critique';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { BrandViews } from './BrandViews';
import { ChangeList } from './ChangeList';
import { PositioningBuilder } from './PositioningBuilder';
import { SwotGrid } from './SwotGrid';
import './self-critique.css';

/** Self-critique: SWOT, the brand seen from inside and outside, positioning, changes to make. */
export function SelfCritiqueWorksheet({ engagement, session }: WorksheetProps) {
  const entries = useCritiqueEntries(engagement.id);
  const sheet = useCritiqueSheet(engagement.id);
  return (
    <section className="worksheet self-critique" aria-labelledby="self-critique-title">
      <h2 id="self-critique-title">Self-critique</h2>
      <p className="worksheet-hint">
        An honest look in the mirror. List strengths and weaknesses (inside the company) and
        opportunities and threats (outside it), one finding per line, in the room’s own words.
        Compare how the brand sees itself with how prospects see it, then state the positioning and
        the changes needed to compete — and turn each change into an action item with an owner.
      </p>
      <SwotGrid engagementId={engagement.id} entries={entries} />
      {sheet === undefined ? (
        <p className="subtle">Loading…</p>
      ) : (
        <>
          <BrandViews sheet={sheet} />
          <PositioningBuilder sheet={sheet} clientName={engagement.clientName} />
        </>
      )}
      <ChangeList engagementId={engagement.id} sessionId={session.id} entries={entries} />
    </section>
  );
}
