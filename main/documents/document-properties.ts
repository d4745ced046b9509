import type { IPropertiesOptions } from 'docx';
import type { DocumentLook } from './document-look';
import { documentStyles } from './document-styles';

export interface DocumentIdentity {
  /** "Marketing plan", "Session agenda"… */
  kind: string;
  /** The engagement's title, or the session's. */
  subject: string;
  description: string;
  /** Extra words to find the document by, besides its kind, client and subject. */
  keywords?: readonly string[];
}

/**
 * What File › Properties shows, the same on every deliverable: title, subject, author and who last
 * changed it (the consultant, never "Un-named"), keywords. The company (the firm) is written into
 * docProps/app.xml when the document is packed (pack-document.ts).
 */
export function documentProperties(
  look: DocumentLook,
  identity: DocumentIdentity,
): Omit<IPropertiesOptions, 'sections'> {
  const author = look.consultant || look.firm || 'Session Studio';
  return {
    title: `${look.clientName} — ${identity.kind}`,
    subject: identity.subject,
    creator: author,
    lastModifiedBy: author,
    description: identity.description,
    keywords: [identity.kind, look.clientName, identity.subject, ...(identity.keywords ?? [])]
      .map((word) => word.trim())
      .filter(Boolean)
      .join(', '),
    styles: documentStyles(look),
  };
}
