import { percentRate } from '../../../../shared/domain/journey-phase';
import {
  emptyPlan,
  emptyScenarioRates,
  planEditableSchema,
  planSchema,
  type Plan,
  type Scenario,
} from '../../../../shared/domain/plan';
import { campaignSchema, type Campaign } from '../../../../shared/domain/campaign';
import { optionalCurrencyCode } from '../../../../shared/domain/currency';
import { entityId } from '../../../../shared/domain/text-fields';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createSheetRepository } from './sheet-repository';
import { validate } from './validation';

const tableName = 'plans';

const sheet = createSheetRepository<Plan>({
  tableName,
  schema: planSchema,
  editableSchema: planEditableSchema,
  empty: emptyPlan,
});

/** The work-backwards plan of an engagement: its goal, safety buffer and per-phase rates. */
export const planRepository = {
  ...sheet,

  /**
   * Sets one scenario's rate from a phase to the next (null clears it). Read and written in one
   * transaction, so two rates typed in quick succession never overwrite each other.
   */
  async setRate(
    engagementId: string,
    phaseId: string,
    scenario: Scenario,
    rate: number | null,
  ): Promise<void> {
    const value = validate(percentRate.nullable(), rate);
    const key = validate(entityId, phaseId);
    const table = db.table<Plan, string>(tableName);
    await trackSave(
      db.transaction('rw', table, async () => {
        const current = (await table.get(engagementId)) ?? emptyPlan(engagementId);
        const rates = {
          ...current.rates,
          [key]: { ...emptyScenarioRates, ...current.rates[key], [scenario]: value },
        };
        await table.put(validate(planSchema, { ...current, rates, updatedAt: Date.now() }));
      }),
    );
  },

  /**
   * Chooses the engagement's currency, and puts every budget already entered in it, in one
   * transaction: the budgets entered before there was a currency, and, when the currency is
   * changed, the ones in the old one. Amounts are relabelled, not converted.
   */
  async chooseCurrency(engagementId: string, currency: string): Promise<number> {
    const code = validate(optionalCurrencyCode, currency.trim().toUpperCase());
    const plans = db.table<Plan, string>(tableName);
    const campaigns = db.table<Campaign, string>('campaigns');
    return trackSave(
      db.transaction('rw', plans, campaigns, async () => {
        const now = Date.now();
        const current = (await plans.get(engagementId)) ?? emptyPlan(engagementId);
        await plans.put(validate(planSchema, { ...current, currency: code, updatedAt: now }));
        const budgeted = (
          await campaigns.where('engagementId').equals(engagementId).toArray()
        ).filter((campaign) => campaign.budget !== null && campaign.budgetCurrency !== code);
        for (const campaign of budgeted)
          await campaigns.put(
            validate(campaignSchema, { ...campaign, budgetCurrency: code, updatedAt: now }),
          );
        return budgeted.length;
      }),
    );
  },
};
