import './guided-start.css';

interface GuidedStartProps {
  onNewEngagement: () => void;
  onExploreSample: () => void;
  exploringSample: boolean;
}

/**
 * The empty home, for a newcomer: what an engagement is, where to begin and where the Word
 * documents come from, with the two ways in. Part of the page, never a tour in the way.
 */
export function GuidedStart({
  onNewEngagement,
  onExploreSample,
  exploringSample,
}: GuidedStartProps) {
  return (
    <section className="guided-start" aria-labelledby="guided-start-title">
      <h2 id="guided-start-title">No engagements yet</h2>
      <p className="guided-start__lead">
        Start one for your next client, or explore a sample engagement that has every worksheet
        filled in.
      </p>
      <div className="guided-start__actions">
        <button type="button" className="button button--primary" onClick={onNewEngagement}>
          New engagement
        </button>
        <button
          type="button"
          className="button"
          onClick={onExploreSample}
          disabled={exploringSample}
        >
          {exploringSample ? 'Opening the sample…' : 'Explore a sample engagement'}
        </button>
      </div>
      <ol className="guided-start__steps" aria-label="How Session Studio works">
        <li>
          <h3>An engagement is one client project</h3>
          <p>
            It holds the sessions you run with the client (the kick-off, a quarterly refresh…).
            Purpose, agenda, participants and notes belong to a session; the plan’s worksheets, from
            the situation analysis to the campaigns, carry across them.
          </p>
        </li>
        <li>
          <h3>Begin with Purpose &amp; agenda</h3>
          <p>
            Write what this meeting should specifically and realistically achieve, then prepare a
            timed agenda. On the day, <strong>Run session</strong> puts it full-window in front of
            the room and records the minutes each item took.
          </p>
        </li>
        <li>
          <h3>The Word documents come from the worksheets</h3>
          <p>
            Send the agenda as a pre-read before the session (<strong>Export agenda</strong> on
            Purpose &amp; agenda), the summary after it (<strong>Export summary</strong> on Notes
            &amp; decisions), and the marketing plan once the worksheets are filled in (
            <strong>Export plan</strong>, at the top of every engagement).
          </p>
        </li>
      </ol>
    </section>
  );
}
