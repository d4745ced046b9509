import {
  documentChoicesEditableSchema,
  documentChoicesSchema,
  emptyDocumentChoices,
  type DocumentChoices,
  type DocumentChoicesEditable,
} from '../../../../shared/domain/document-choices';
import { createSheetRepository } from './sheet-repository';

const sheet = createSheetRepository<DocumentChoices>({
  tableName: 'documentChoices',
  schema: documentChoicesSchema,
  editableSchema: documentChoicesEditableSchema,
  empty: emptyDocumentChoices,
});

/** What the consultant chose the last time they exported this engagement's deliverables. */
export const documentChoicesRepository = {
  get: sheet.get,
  remember: (engagementId: string, choices: Partial<DocumentChoicesEditable>) =>
    sheet.update(engagementId, choices),
};
