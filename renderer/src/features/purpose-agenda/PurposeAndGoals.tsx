import { limits } from '../../../../shared/domain/limits';
import type { Session, SessionEditable } from '../../../../shared/domain/session';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { sessionRepository } from '../../db/repositories/session-repository';

/** The one-sentence purpose, and the ultimate goal set apart from what this meeting can achieve. */
export function PurposeAndGoals({ session }: { session: Session }) {
  const save = (key: keyof SessionEditable) => (value: string) =>
    sessionRepository.update(session.id, { [key]: value });
  return (
    <>
      <AutosaveTextField
        label="Purpose of this session"
        className="field--wide"
        value={session.purpose}
        multiline
        rows={2}
        placeholder="What do we specifically and realistically want to achieve in this meeting?"
        hint="One sentence. A session without a clear, attainable purpose wanders."
        parse={textParser('Purpose', limits.shortText)}
        save={save('purpose')}
      />
      <div className="two-columns">
        <AutosaveTextField
          label="Ultimate goal"
          value={session.ultimateGoal}
          multiline
          placeholder="Often revenue: e.g. grow new-customer revenue 20% by next year"
          hint="Where the engagement is heading. Rarely something one meeting achieves."
          parse={textParser('Ultimate goal', limits.shortText)}
          save={save('ultimateGoal')}
        />
        <AutosaveTextField
          label="Immediate, realistic goals"
          value={session.immediateGoals}
          multiline
          placeholder="e.g. Agree on the three objectives for Q1; name an owner for each"
          hint="What this meeting can realistically achieve, one per line."
          parse={textParser('Immediate goals', limits.longText)}
          save={save('immediateGoals')}
        />
      </div>
    </>
  );
}
