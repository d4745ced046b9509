import { useState, type FormEvent } from 'react';
import {
  engagementDetailsSchema,
  type Engagement,
  type EngagementDetails,
} from '../../../../shared/domain/engagement';
import { sessionLengthMinutes } from '../../../../shared/domain/session';
import type { FirstSessionInput } from '../../../../shared/engagement-file/start-engagement';
import type { TemplateEntry } from '../../../../shared/templates/template-list';
import { engagementRepository } from '../../db/repositories/engagement-repository';
import { engagementStartRepository } from '../../db/repositories/engagement-start-repository';
import { useEngagementTemplates } from '../../hooks/use-engagement-templates';
import { StartFromChoice, type StartChoice } from './StartFromChoice';

interface NewEngagementFormProps {
  defaults: { consultantName: string; firmName: string };
  /** Engagements on this laptop, newest first: a returning client's new one can copy one. */
  pastEngagements: readonly Engagement[];
  onCreated: (engagementId: string, sessionId: string) => void;
  onCancel: () => void;
}

const firstSessionTitle = 'Kick-off session';

function readyTemplate(entries: readonly TemplateEntry[], fileName: string) {
  const entry = entries.find((candidate) => candidate.fileName === fileName);
  return entry?.status === 'ready' ? entry.template : null;
}

/** Writes the new engagement the chosen way; every way writes all of it or nothing. */
function createAs(
  choice: StartChoice,
  entries: readonly TemplateEntry[],
  details: EngagementDetails,
  firstSession: FirstSessionInput,
) {
  if (choice.kind === 'template')
    return engagementStartRepository.fromTemplate(readyTemplate(entries, choice.fileName), {
      details,
      firstSession,
    });
  if (choice.kind === 'past')
    return engagementStartRepository.fromPastEngagement(choice.engagementId, choice.keep, {
      details,
      firstSession,
    });
  return engagementRepository.create(details, firstSession);
}

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

type Errors = Partial<Record<string, string>>;

/** Starts an engagement and its first session (the kick-off) in one step. */
export function NewEngagementForm({
  defaults,
  pastEngagements,
  onCreated,
  onCancel,
}: NewEngagementFormProps) {
  const templates = useEngagementTemplates();
  const entries = templates.status === 'loaded' ? templates.entries : [];
  const [choice, setChoice] = useState<StartChoice>({ kind: 'blank' });
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

  /** A template brings its session's length; a past engagement its client, for a returning one. */
  function choose(next: StartChoice) {
    setChoice(next);
    const template = next.kind === 'template' ? readyTemplate(entries, next.fileName) : null;
    if (template)
      setForm((current) => ({ ...current, lengthMinutes: String(template.session.lengthMinutes) }));
    const past =
      next.kind === 'past'
        ? pastEngagements.find((engagement) => engagement.id === next.engagementId)
        : undefined;
    if (past)
      setForm((current) => ({
        ...current,
        clientName: past.clientName,
        industry: past.industry,
      }));
  }

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
    const template = choice.kind === 'template' ? readyTemplate(entries, choice.fileName) : null;
    try {
      const created = await createAs(choice, entries, details.data, {
        title: template?.session.title ?? firstSessionTitle,
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
          <div className="field-error" role="alert">
            {failure.split('\n').map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
        <StartFromChoice
          choice={choice}
          onChange={choose}
          templates={templates}
          pastEngagements={pastEngagements}
        />
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
