import { documentChoicesRepository } from '../db/repositories/document-choices-repository';
import { useSheet } from './use-sheet';

/** The version and sections last chosen for this engagement's deliverables; undefined while loading. */
export function useDocumentChoices(engagementId: string) {
  return useSheet(documentChoicesRepository, engagementId);
}
