import { useId } from 'react';
import type { Engagement } from '../../../../shared/domain/engagement';
import type { PastEngagementKeep } from '../../../../shared/engagement-file/past-engagement-copy';
import type { TemplatesState } from '../../hooks/use-engagement-templates';
import './start-from.css';

/** How a new engagement starts: empty, from a template, or from a past engagement. */
export type StartChoice =
  | { kind: 'blank' }
  | { kind: 'template'; fileName: string }
  | { kind: 'past'; engagementId: string; keep: PastEngagementKeep };

interface StartFromChoiceProps {
  choice: StartChoice;
  onChange: (choice: StartChoice) => void;
  templates: TemplatesState;
  /** Engagements on this laptop, newest first, for a returning client. */
  pastEngagements: readonly Engagement[];
}

const keepLabels: Record<PastEngagementKeep, { label: string; hint: string }> = {
  structure: {
    label: 'Structure only',
    hint: 'The last agenda and its people, the journey’s phases, the objectives as first stated, competitors, personas and the campaigns’ names, without numbers, scores, dates, notes or history.',
  },
  everything: {
    label: 'Everything',
    hint: 'Every session and worksheet, as a full copy, with a new first session.',
  },
};

export function StartFromChoice({
  choice,
  onChange,
  templates,
  pastEngagements,
}: StartFromChoiceProps) {
  const name = useId();
  const past = pastEngagements[0];
  const option = (
    key: string,
    checked: boolean,
    select: () => void,
    title: string,
    hint: string,
    disabled = false,
  ) => (
    <label key={key} className={`start-option${disabled ? ' start-option--disabled' : ''}`}>
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={select} />
      <span className="start-option__title">{title}</span>
      <span className="start-option__hint">{hint}</span>
    </label>
  );

  return (
    <fieldset className="start-from">
      <legend>Start from</legend>
      <div className="start-from__options">
        {option(
          'blank',
          choice.kind === 'blank',
          () => onChange({ kind: 'blank' }),
          'Blank',
          'An empty engagement with the five usual journey phases.',
        )}
        {templates.status === 'loaded'
          ? templates.entries.map((entry) =>
              entry.status === 'ready'
                ? option(
                    entry.fileName,
                    choice.kind === 'template' && choice.fileName === entry.fileName,
                    () => onChange({ kind: 'template', fileName: entry.fileName }),
                    entry.template.name,
                    entry.template.description,
                  )
                : option(
                    entry.fileName,
                    false,
                    () => undefined,
                    entry.name,
                    `Can’t be used: ${entry.problems.join(' ')}`,
                    true,
                  ),
            )
          : null}
        {past
          ? option(
              'past',
              choice.kind === 'past',
              () => onChange({ kind: 'past', engagementId: past.id, keep: 'structure' }),
              'A past engagement',
              'For a returning client: copy one of your engagements.',
            )
          : null}
      </div>
      {templates.status === 'failed' ? (
        <p className="field-hint" role="status">
          The templates could not be read: {templates.message}
        </p>
      ) : null}
      {choice.kind === 'past' ? (
        <PastEngagementFields
          choice={choice}
          onChange={onChange}
          pastEngagements={pastEngagements}
        />
      ) : null}
    </fieldset>
  );
}

function PastEngagementFields({
  choice,
  onChange,
  pastEngagements,
}: {
  choice: Extract<StartChoice, { kind: 'past' }>;
  onChange: (choice: StartChoice) => void;
  pastEngagements: readonly Engagement[];
}) {
  const keepName = useId();
  return (
    <div className="start-from__past">
      <div className="field">
        <label htmlFor="new-past-engagement">Copy from</label>
        <select
          id="new-past-engagement"
          value={choice.engagementId}
          onChange={(event) => onChange({ ...choice, engagementId: event.target.value })}
        >
          {pastEngagements.map((engagement) => (
            <option key={engagement.id} value={engagement.id}>
              {engagement.clientName} — {engagement.title}
            </option>
          ))}
        </select>
      </div>
      <div className="start-from__keep" role="radiogroup" aria-label="What to keep">
        {(Object.keys(keepLabels) as PastEngagementKeep[]).map((keep) => (
          <label key={keep} className="start-keep">
            <input
              type="radio"
              name={keepName}
              checked={choice.keep === keep}
              onChange={() => onChange({ ...choice, keep })}
            />
            <span className="start-option__title">{keepLabels[keep].label}</span>
            <span className="start-option__hint">{keepLabels[keep].hint}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
