import type { ComponentType } from 'react';
import { EngagementDetailsWorksheet } from '../engagement-details/EngagementDetailsWorksheet';
import { PurposeAgendaWorksheet } from '../purpose-agenda/PurposeAgendaWorksheet';
import type { WorksheetProps } from './worksheet-props';

/** The worksheets that are built; every other catalog entry says plainly that it is not. */
export const worksheetComponents: Partial<Record<string, ComponentType<WorksheetProps>>> = {
  details: EngagementDetailsWorksheet,
  'purpose-agenda': PurposeAgendaWorksheet,
};
