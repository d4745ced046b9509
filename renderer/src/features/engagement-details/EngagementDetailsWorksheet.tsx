import { limits } from '../../../../shared/domain/limits';
import type { EngagementDetails } from '../../../../shared/domain/engagement';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { engagementRepository } from '../../db/repositories/engagement-repository';
import { useAppSettings } from '../../hooks/use-app-settings';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { DeliverablesBranding } from './DeliverablesBranding';
import { ExportEngagementFile } from './ExportEngagementFile';

const isoDateParser = (draft: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(draft)
    ? ({ ok: true, value: draft } as const)
    : ({ ok: false, message: 'Use a date like 2026-11-22.' } as const);

/** The engagement's own details; renaming the client or title happens here. */
export function EngagementDetailsWorksheet({ engagement }: WorksheetProps) {
  const save = (key: keyof EngagementDetails) => (value: string) =>
    engagementRepository.updateDetails(engagement.id, { [key]: value });
  const { settings } = useAppSettings();
  // Left empty, the documents name the consultant and firm from Settings.
  const fromSettings = (text: string | undefined) =>
    text ? `${text} (from Settings)` : 'As in Settings';
  return (
    <section className="worksheet" aria-labelledby="details-title">
      <h2 id="details-title">Engagement details</h2>
      <p className="worksheet-hint">
        Who the client is and who runs the engagement. Changes here rename the engagement
        everywhere.
      </p>
      <div className="form-grid">
        <AutosaveTextField
          label="Client name"
          value={engagement.clientName}
          parse={textParser('Client name', limits.name, true)}
          save={save('clientName')}
        />
        <AutosaveTextField
          label="Engagement title"
          value={engagement.title}
          parse={textParser('Engagement title', limits.name, true)}
          save={save('title')}
        />
        <AutosaveTextField
          label="Industry"
          value={engagement.industry}
          parse={textParser('Industry', limits.name)}
          save={save('industry')}
        />
        <AutosaveTextField
          label="Start date"
          type="date"
          value={engagement.startDate}
          parse={isoDateParser}
          save={save('startDate')}
        />
        <AutosaveTextField
          label="Consultant"
          value={engagement.consultantName}
          parse={textParser('Consultant', limits.name)}
          save={save('consultantName')}
          placeholder={fromSettings(settings?.consultantName)}
        />
        <AutosaveTextField
          label="Firm"
          value={engagement.firmName}
          parse={textParser('Firm', limits.name)}
          save={save('firmName')}
          placeholder={fromSettings(settings?.firmName)}
        />
      </div>
      <DeliverablesBranding engagementId={engagement.id} />
      <ExportEngagementFile engagementId={engagement.id} />
    </section>
  );
}
