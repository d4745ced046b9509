import { accentForText, textOnAccent } from '../../shared/branding/accent-colour';
import { logoBytes, type Logo } from '../../shared/branding/logo';
import { formatDocumentDate } from '../../shared/documents/date-format';
import type { DeliverableBranding } from '../../shared/documents/deliverable-branding';
import type { EngagementDetails } from '../../shared/domain/engagement';
import type { AppSettings } from '../../shared/settings/app-settings';
import { rasterizeSvg } from '../charts/rasterize-svg';

/** A logo ready for docx: its bytes (an SVG with a print-quality PNG for readers without SVG). */
export type LogoImage = {
  name: string;
  width: number;
  height: number;
} & (
  | { type: 'png' | 'jpg'; data: Uint8Array }
  | { type: 'svg'; data: Uint8Array; fallback: Uint8Array }
);

/**
 * How one deliverable looks and whose it is: the engagement's branding (accent colour, client
 * logo) with the consultant's settings (firm, name, logo, date style). An engagement's own
 * consultant and firm, when filled in, take the place of the settings' ones.
 */
export interface DocumentLook {
  clientName: string;
  consultant: string;
  firm: string;
  /** Colours as docx writes them: six hex digits, no '#'. */
  headingColour: string;
  tableHeaderFill: string;
  tableHeaderText: string;
  /** A stored date (YYYY-MM-DD) in the consultant's style; anything else as it is. */
  date: (iso: string) => string;
  clientLogo: LogoImage | null;
  firmLogo: LogoImage | null;
}

const bare = (colour: string) => colour.replace('#', '');

/** The longest side of an SVG logo's PNG fallback: sharp on a printed cover. */
const fallbackPixels = 900;

async function logoImage(logo: Logo | null): Promise<LogoImage | null> {
  if (!logo) return null;
  const data = logoBytes(logo);
  const base = { name: logo.fileName, width: logo.width, height: logo.height };
  if (logo.mediaType === 'image/png') return { ...base, type: 'png', data };
  if (logo.mediaType === 'image/jpeg') return { ...base, type: 'jpg', data };
  const scale = Math.min(4, fallbackPixels / Math.max(logo.width, logo.height));
  try {
    const fallback = await rasterizeSvg(new TextDecoder().decode(data), { scale });
    return { ...base, type: 'svg', data, fallback };
  } catch (error) {
    // The logo passed its checks but the rasteriser cannot draw it: the cover goes without it
    // rather than the consultant getting no document at all.
    console.warn(`[documents] the logo ${logo.fileName} could not be drawn`, error);
    return null;
  }
}

/** The look of a deliverable, with its logos decoded (and SVG ones drawn) once for all pages. */
export async function documentLook(
  engagement: EngagementDetails,
  branding: DeliverableBranding,
  settings: AppSettings,
): Promise<DocumentLook> {
  const [clientLogo, firmLogo] = await Promise.all([
    logoImage(branding.clientLogo),
    logoImage(settings.firmLogo),
  ]);
  return lookOf(engagement, branding, settings, { clientLogo, firmLogo });
}

/** The look with its logos already prepared (none by default): pure, for the builders' tests. */
export function lookOf(
  engagement: EngagementDetails,
  branding: DeliverableBranding,
  settings: AppSettings,
  logos: Pick<DocumentLook, 'clientLogo' | 'firmLogo'> = { clientLogo: null, firmLogo: null },
): DocumentLook {
  const { clientLogo, firmLogo } = logos;
  return {
    clientName: engagement.clientName,
    consultant: engagement.consultantName.trim() || settings.consultantName.trim(),
    firm: engagement.firmName.trim() || settings.firmName.trim(),
    headingColour: bare(accentForText(branding.accentColour)),
    tableHeaderFill: bare(branding.accentColour),
    tableHeaderText: bare(textOnAccent(branding.accentColour)),
    date: (iso) => formatDocumentDate(iso, settings.dateStyle),
    clientLogo,
    firmLogo,
  };
}
