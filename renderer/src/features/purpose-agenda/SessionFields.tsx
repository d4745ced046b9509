import { limits } from '../../../../shared/domain/limits';
import type { Session, SessionEditable } from '../../../../shared/domain/session';
import { AutosaveNumberField, AutosaveTextField } from '../../components/AutosaveField';
import { textParser, wholeNumberParser } from '../../components/field-parsers';
import { fieldSavers } from '../../components/field-savers';
import { sessionRepository } from '../../db/repositories/session-repository';

const pattern = (regex: RegExp, message: string) => (draft: string) =>
  regex.test(draft) ? ({ ok: true, value: draft } as const) : ({ ok: false, message } as const);

/** When and where the session happens; start time and length drive the agenda's clock. */
export function SessionFields({ session }: { session: Session }) {
  const save = fieldSavers<SessionEditable>((patch) => sessionRepository.update(session.id, patch));
  return (
    <div className="form-grid form-grid--4">
      <AutosaveTextField
        label="Session title"
        value={session.title}
        parse={textParser('Session title', limits.name, true)}
        save={save('title')}
      />
      <AutosaveTextField
        label="Date"
        type="date"
        value={session.date}
        parse={pattern(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-22.')}
        save={save('date')}
      />
      <AutosaveTextField
        label="Location"
        value={session.location}
        parse={textParser('Location', limits.name)}
        save={save('location')}
      />
      <AutosaveTextField
        label="Starts at"
        type="time"
        value={session.startTime}
        parse={pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:30.')}
        save={save('startTime')}
      />
      <AutosaveNumberField
        label="Session length (minutes)"
        value={session.lengthMinutes}
        parse={wholeNumberParser('Session length', 15, limits.sessionMinutes)}
        save={save('lengthMinutes')}
      />
    </div>
  );
}
