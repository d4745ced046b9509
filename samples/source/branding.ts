import { checkLogoBytes } from '../../shared/branding/logo';
import { planSectionIds } from '../../shared/domain/document-choices';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { at } from './sample-ids';

/** Halvorsen's mark: a snowflake in a thermometer's bulb beside the name, in the client's blue. */
const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">
  <rect x="14" y="6" width="12" height="36" rx="6" fill="#1B6CA8"/>
  <circle cx="20" cy="46" r="13" fill="#1B6CA8"/>
  <g stroke="#FFFFFF" stroke-width="2" stroke-linecap="round">
    <line x1="20" y1="38" x2="20" y2="54"/>
    <line x1="13" y1="42" x2="27" y2="50"/>
    <line x1="13" y1="50" x2="27" y2="42"/>
  </g>
  <text x="44" y="36" font-family="Liberation Sans" font-size="22" font-weight="bold" fill="#1B6CA8">HALVORSEN</text>
  <text x="44" y="54" font-family="Liberation Sans" font-size="12" fill="#4A5A6A">COLD CHAIN</text>
</svg>
`;

function halvorsenLogo() {
  const checked = checkLogoBytes(new TextEncoder().encode(logoSvg), 'halvorsen-logo.svg');
  if (!checked.ok) throw new Error(checked.problem);
  return checked.logo;
}

/** The client's logo and blue on every deliverable. */
export const engagementBrandings: RowOf<'engagementBrandings'>[] = [
  {
    engagementId,
    accentColour: '#1B6CA8',
    clientLogo: halvorsenLogo(),
    updatedAt: at('2026-09-01T08:45'),
  },
];

/** The last export: the client version of the whole plan, charts as pictures. */
export const documentChoices: RowOf<'documentChoices'>[] = [
  {
    engagementId,
    version: 'client',
    planSections: [...planSectionIds],
    charts: 'pictures',
    updatedAt: at('2026-12-01T08:55'),
  },
];
