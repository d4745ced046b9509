import { limits } from '../../../../shared/domain/limits';
import { dateStyleExamples } from '../../../../shared/documents/date-format';
import { dateStyles, type DateStyle } from '../../../../shared/settings/app-settings';
import { AutosaveTextField } from '../../components/AutosaveField';
import { ChoiceField } from '../../components/ChoiceField';
import { LogoPicker } from '../../components/LogoPicker';
import { textParser } from '../../components/field-parsers';
import { useAppSettings } from '../../hooks/use-app-settings';
import './settings.css';

const dateChoices = dateStyles.map((style: DateStyle) => ({
  value: style,
  label: dateStyleExamples[style],
}));

/**
 * The consultant's own settings, the same for every engagement: the firm and its logo on every
 * deliverable's cover, their own name as its author, and how dates read in it.
 */
export function SettingsScreen({ onClose }: { onClose: () => void }) {
  const { settings, update, chooseFirmLogo, removeFirmLogo } = useAppSettings();
  return (
    <main className="settings page-pad">
      <header className="settings__header">
        <button type="button" className="button button--link" onClick={onClose}>
          ← Engagements
        </button>
        <h1>Settings</h1>
        <p className="subtle">
          Your firm and how your deliverables look, for every engagement. An engagement’s own
          consultant or firm, when filled in on its details, takes their place on its documents.
        </p>
      </header>
      {settings === undefined ? (
        <p className="subtle">Opening your settings…</p>
      ) : (
        <div className="settings__body">
          <div className="form-grid">
            <AutosaveTextField
              label="Firm name"
              value={settings.firmName}
              parse={textParser('Firm name', limits.name)}
              save={(firmName) => update({ firmName })}
              hint="On every cover, and as the company in each document’s properties."
            />
            <AutosaveTextField
              label="Your name"
              value={settings.consultantName}
              parse={textParser('Your name', limits.name)}
              save={(consultantName) => update({ consultantName })}
              hint="The author of every document, and who last changed it."
            />
            <ChoiceField
              label="Dates in documents"
              value={settings.dateStyle}
              choices={dateChoices}
              save={(dateStyle) => update({ dateStyle })}
            />
          </div>
          <LogoPicker
            label="Firm logo"
            logo={settings.firmLogo}
            onChoose={chooseFirmLogo}
            onRemove={removeFirmLogo}
            hint="A PNG, JPEG or SVG of at most 5 MB, on every cover beside the client’s logo."
          />
        </div>
      )}
    </main>
  );
}
