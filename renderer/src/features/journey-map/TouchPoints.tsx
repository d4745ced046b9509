import { useState } from 'react';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { limits } from '../../../../shared/domain/limits';
import {
  maxTouchPointsPerPhase,
  touchPointStatuses,
  touchPointStatusLabels,
  type TouchPoint,
  type TouchPointEditable,
  type TouchPointStatus,
} from '../../../../shared/domain/touch-point';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { fieldSavers } from '../../components/field-savers';
import { touchPointRepository } from '../../db/repositories/touch-point-repository';
import { fieldLabel } from './phase-labels';

/** Ids of the suggestion lists the worksheet renders once for every touch point. */
export const channelListId = 'journey-channel-suggestions';
export const ownerListId = 'journey-owner-suggestions';

const statusChoices = choicesOf(touchPointStatuses, touchPointStatusLabels);

interface TouchPointCardProps {
  point: TouchPoint;
  /** "touch point 2 — 3. Conversion", for every label of the card. */
  name: string;
  autoFocus: boolean;
  onRemove: (point: TouchPoint) => void;
}

function TouchPointCard({ point, name, autoFocus, onRemove }: TouchPointCardProps) {
  const save = fieldSavers<TouchPointEditable>((patch) =>
    touchPointRepository.update(point.id, patch),
  );
  return (
    <li className={`journey-touch-point journey-touch-point--${point.status}`}>
      <div className="journey-touch-point__top">
        <AutosaveTextField
          label={`Channel of ${name}`}
          hideLabel
          placeholder="Channel"
          list={channelListId}
          autoFocus={autoFocus}
          value={point.channel}
          parse={textParser('Channel', limits.name)}
          save={save('channel')}
        />
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove ${name}`}
          onClick={() => onRemove(point)}
        >
          ✕
        </button>
      </div>
      <AutosaveTextField
        label={`What the prospect sees or does at ${name}`}
        hideLabel
        multiline
        rows={2}
        placeholder="What the prospect sees or does"
        value={point.content}
        parse={textParser('Content', limits.shortText)}
        save={save('content')}
      />
      <div className="journey-touch-point__bottom">
        <AutosaveTextField
          label={`Owner of ${name}`}
          hideLabel
          placeholder="Owner"
          list={ownerListId}
          value={point.owner}
          parse={textParser('Owner', limits.name)}
          save={save('owner')}
        />
        <ChoiceField<TouchPointStatus>
          label={`Status of ${name}`}
          hideLabel
          value={point.status}
          choices={statusChoices}
          save={save('status')}
        />
      </div>
    </li>
  );
}

interface TouchPointsProps {
  engagementId: string;
  phase: JourneyPhase;
  label: string;
  points: readonly TouchPoint[];
  onRemove: (point: TouchPoint, name: string) => void;
  onError: (message: string) => void;
}

/** The phase's touch points: channel, what the prospect meets there, owner, today or planned. */
export function TouchPoints({
  engagementId,
  phase,
  label,
  points,
  onRemove,
  onError,
}: TouchPointsProps) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const full = points.length >= maxTouchPointsPerPhase;
  async function add() {
    try {
      setAddedId(await touchPointRepository.create(engagementId, phase.id));
    } catch (failure) {
      onError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <div className="journey-touch-points">
      {points.length > 0 ? (
        <ol className="journey-touch-points__list" aria-label={fieldLabel('Touch points', label)}>
          {points.map((point, index) => {
            const name = `touch point ${index + 1} — ${label}`;
            return (
              <TouchPointCard
                key={point.id}
                point={point}
                name={name}
                autoFocus={point.id === addedId}
                onRemove={(removed) => onRemove(removed, name)}
              />
            );
          })}
        </ol>
      ) : null}
      <button
        type="button"
        className="button button--small"
        aria-label={fieldLabel('Add touch point', label)}
        disabled={full}
        title={
          full ? `A phase can have at most ${maxTouchPointsPerPhase} touch points.` : undefined
        }
        onClick={() => void add()}
      >
        + Touch point
      </button>
    </div>
  );
}
