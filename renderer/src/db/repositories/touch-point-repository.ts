import {
  emptyTouchPoint,
  maxTouchPointsPerPhase,
  touchPointEditableSchema,
  touchPointSchema,
  type TouchPoint,
  type TouchPointEditable,
} from '../../../../shared/domain/touch-point';
import { db } from '../database';
import { createListRepository } from './list-repository';

const list = createListRepository<TouchPoint, TouchPointEditable>({
  tableName: 'touchPoints',
  parentKey: 'phaseId',
  schema: touchPointSchema,
  editableSchema: touchPointEditableSchema,
  defaults: emptyTouchPoint,
  maxRows: maxTouchPointsPerPhase,
  tooManyMessage: `A phase can have at most ${maxTouchPointsPerPhase} touch points.`,
});

/** Where the prospect meets the brand, ordered within each journey phase. */
export const touchPointRepository = {
  ...list,
  /** Adds a touch point at the end of a phase's list. */
  create(
    engagementId: string,
    phaseId: string,
    input: Partial<TouchPointEditable> = {},
  ): Promise<string> {
    return list.add(phaseId, input, { engagementId });
  },
  /** Every touch point of the engagement, for the map's views; group them by phaseId. */
  listForEngagement(engagementId: string): Promise<TouchPoint[]> {
    return db
      .table<TouchPoint, string>('touchPoints')
      .where('engagementId')
      .equals(engagementId)
      .sortBy('position');
  },
};
