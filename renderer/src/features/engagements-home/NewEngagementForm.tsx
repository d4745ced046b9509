import { useState, type FormEvent } from 'react';
import { engagementDetailsSchema } from '../../../../shared/domain/engagement';
import { sessionLengthMinutes } from '../../../../shared/domain/session';
import { engagementRepository } from '../../db/repositories/engagement-repository';

interface NewEngagementFormProps {
  defaults: { consultantName: string; firmName: string };
  onCreated: (engagementId: string, sessionId: string) => void;
  onCancel: () => void;
}

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

type Errors = Partial<Record<string, string>>;

/** Starts an engagement and its first session (the kick-off) in one step. */
export function NewEngagementForm({ defaults, onCreated, onCancel }: NewEngagementFormProps) {
  const [form, setForm] = useState({
    clientName: '',
    title: '',
    industry: '',
    consultantName: defaults.consultantName,
    firmName: defaults.firmName,
    startDate: today(),
    sessionDate: today(),
    location: '',
    startTime: '09:00',
    lengthMinutes: '180',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    const details = engagementDetailsSchema.safeParse(form);
    if (!details.success)
      for (const issue of details.error.issues) next[String(issue.path[0])] ??= issue.message;
    const length = sessionLengthMinutes.safeParse(
      /^\d+$/.test(form.lengthMinutes.trim()) ? Number(form.lengthMinutes) : NaN,
    );
    if (!length.success) next.lengthMinutes = length.error.issues[0]?.message;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.sessionDate))
      next.sessionDate = 'Use a date like 2026-11-22.';
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(form.startTime))
      next.startTime = 'Use a time like 09:30.';
    setErrors(next);
    if (Object.keys(next).length > 0 || !details.success || !length.success) return;
    try {
      const created = await engagementRepository.create(details.data, {
        title: 'Kick-off session',
        date: form.sessionDate,
        location: form.location,
        startTime: form.startTime,
        lengthMinutes: length.data,
      });
      onCreated(created.engagementId, created.sessionId);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const field = (key: keyof typeof form, label: string, type = 'text', required = false) => (
    <div className="field">
      <label htmlFor={`new-${key}`}>
        {label}
        {required ? ' *' : ''}
      </label>
      <input
        id={`new-${key}`}
        type={type}
        value={form[key]}
        aria-invalid={errors[key] ? true : undefined}
        // Ctrl+N then typing the client's name; Escape then closes the form from the keyboard.
        autoFocus={key === 'clientName'}
        onChange={(event) => set(key)(event.target.value)}
      />
      {errors[key] ? (
        <p className="field-error" role="alert">
          {errors[key]}
        </p>
      ) : null}
    </div>
  );

  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <form
        className="dialog dialog--wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="new-engagement-title"
        onSubmit={submit}
        noValidate
      >
        <h2 id="new-engagement-title">New engagement</h2>
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="form-grid">
          {field('clientName', 'Client name', 'text', true)}
          {field('title', 'Engagement title', 'text', true)}
          {field('industry', 'Industry')}
          {field('startDate', 'Start date', 'date', true)}
          {field('consultantName', 'Consultant')}
          {field('firmName', 'Firm')}
        </div>
        <h3>First session</h3>
        <div className="form-grid">
          {field('sessionDate', 'Session date', 'date', true)}
          {field('location', 'Location')}
          {field('startTime', 'Starts at', 'time', true)}
          {field('lengthMinutes', 'Length (minutes)', 'text', true)}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Create engagement
          </button>
        </div>
      </form>
    </div>
  );
}
