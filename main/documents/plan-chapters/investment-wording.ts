import type {
  InvestmentLines,
  InvestmentWording,
} from '../../../shared/documents/investment-lines';
import { forClient, type PlanContext } from './chapter';

/**
 * The investment's figures in the words of the plan's version: the planner words both, the
 * working version naming what is still missing, the client version with a dash in its place.
 */
export function investmentWording(
  lines: InvestmentLines,
  context: Pick<PlanContext, 'version'>,
): InvestmentWording {
  return forClient(context) ? lines.client : lines;
}
