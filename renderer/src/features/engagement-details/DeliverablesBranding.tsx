import { parseAccentColour } from '../../../../shared/branding/accent-colour';
import { AutosaveTextField } from '../../components/AutosaveField';
import { LogoPicker } from '../../components/LogoPicker';
import { engagementBrandingRepository } from '../../db/repositories/engagement-branding-repository';
import { useEngagementBranding } from '../../hooks/use-engagement-branding';
import { platformApi } from '../../platform/session-studio-api';
import './branding.css';

/** Main opens the dialog and checks the file; the checked logo is stored with the engagement. */
async function chooseClientLogo(engagementId: string): Promise<void> {
  const result = await platformApi().chooseClientLogo(null);
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.status === 'chosen')
    await engagementBrandingRepository.setClientLogo(engagementId, result.value.logo);
}

/** How this client's deliverables look: their logo on every cover, headings in their colour. */
export function DeliverablesBranding({ engagementId }: { engagementId: string }) {
  const branding = useEngagementBranding(engagementId);
  if (branding === undefined) return null;
  const saveColour = (colour: string) =>
    engagementBrandingRepository.setAccentColour(engagementId, colour);
  return (
    <section className="deliverables-branding" aria-labelledby="branding-title">
      <h3 id="branding-title">The client’s deliverables</h3>
      <p className="worksheet-hint">
        The client’s logo goes on every cover beside your firm’s; headings and table headers take
        the accent colour.
      </p>
      <LogoPicker
        label="Client logo"
        logo={branding.clientLogo}
        onChoose={() => chooseClientLogo(engagementId)}
        onRemove={() => engagementBrandingRepository.setClientLogo(engagementId, null)}
        hint="A PNG, JPEG or SVG of at most 5 MB."
      />
      <div className="accent-field">
        <AutosaveTextField
          label="Accent colour"
          value={branding.accentColour}
          parse={parseAccentColour}
          save={saveColour}
          hint="Six hexadecimal digits, like #1F3A5F."
        />
        <input
          type="color"
          aria-label="Pick the accent colour"
          value={branding.accentColour.toLowerCase()}
          onChange={(event) => void saveColour(event.target.value.toUpperCase())}
        />
      </div>
    </section>
  );
}
