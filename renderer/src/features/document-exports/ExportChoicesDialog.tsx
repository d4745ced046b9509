import { useId, useState } from 'react';
import {
  chartFormLabels,
  chartForms,
  type ChartForm,
} from '../../../../shared/documents/chart-form';
import {
  documentVersionLabels,
  documentVersions,
  planSectionIds,
  planSectionLabels,
  type DocumentVersion,
  type PlanSectionId,
} from '../../../../shared/domain/document-choices';
import { Dialog } from '../../components/Dialog';
import './export-choices.css';
import { OptionFieldset } from './OptionFieldset';

export interface ExportChoices {
  version: DocumentVersion;
  sections: PlanSectionId[];
  /** How the plan's line and bar charts come; the session documents have none. */
  charts: ChartForm;
}

const versionHints: Record<DocumentVersion, string> = {
  client:
    'For the client: leaves out empty sections, placeholders and working material such as the SMART check and what is still to set.',
  working: 'For you and your team: keeps everything, including what is still to do.',
};

const chartFormHints: Record<ChartForm, string> = {
  pictures: 'The same on every reader and printer.',
  native:
    'The emotion curve, work-backwards funnel and tone drift as charts the client can edit in Word.',
};

interface ExportChoicesDialogProps {
  title: string;
  initial: ExportChoices;
  /** Only the marketing plan has sections to tick, and charts. */
  withSections: boolean;
  onExport: (choices: ExportChoices) => void;
  onCancel: () => void;
}

/**
 * Before exporting: which version of the document and, for the plan, which of its sections and
 * how its charts come (pictures or editable Word charts).
 */
export function ExportChoicesDialog({
  title,
  initial,
  withSections,
  onExport,
  onCancel,
}: ExportChoicesDialogProps) {
  const titleId = useId();
  const [version, setVersion] = useState(initial.version);
  const [sections, setSections] = useState<readonly PlanSectionId[]>(initial.sections);
  const [charts, setCharts] = useState<ChartForm>(initial.charts);
  const noSection = withSections && sections.length === 0;
  const toggle = (id: PlanSectionId, ticked: boolean) =>
    setSections((current) =>
      planSectionIds.filter((section) => (section === id ? ticked : current.includes(section))),
    );
  return (
    <Dialog labelledBy={titleId} className="dialog export-choices" onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">
        <OptionFieldset
          legend="Version"
          name={`${titleId}-version`}
          values={documentVersions}
          labels={documentVersionLabels}
          hints={versionHints}
          value={version}
          onChange={setVersion}
          autoFocus
        />
        {withSections ? (
          <fieldset>
            <legend>Sections</legend>
            {planSectionIds.map((id) => (
              <label key={id} className="export-choices__section">
                <input
                  type="checkbox"
                  checked={sections.includes(id)}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
                {planSectionLabels[id]}
              </label>
            ))}
            {noSection ? (
              <p className="field-error" role="alert">
                Tick at least one section of the plan.
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {withSections ? (
          <OptionFieldset
            legend="Charts"
            name={`${titleId}-charts`}
            values={chartForms}
            labels={chartFormLabels}
            hints={chartFormHints}
            value={charts}
            onChange={setCharts}
          />
        ) : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={noSection}
          onClick={() => onExport({ version, sections: [...sections], charts })}
        >
          Export…
        </button>
      </div>
    </Dialog>
  );
}
