import {
  emptySalesHandoff,
  salesHandoffEditableSchema,
  salesHandoffSchema,
} from '../../../../shared/domain/sales-handoff';
import { createSheetRepository } from './sheet-repository';

/** The hand-off from marketing to sales: one sheet per engagement, created on the first edit. */
export const salesHandoffRepository = createSheetRepository({
  tableName: 'salesHandoffs',
  schema: salesHandoffSchema,
  editableSchema: salesHandoffEditableSchema,
  empty: emptySalesHandoff,
});
