import {
  personaEmotionScoreSchema,
  type PersonaEmotionScore,
} from '../../../../shared/domain/emotion-score';
import { emotionScore } from '../../../../shared/domain/journey-phase';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate } from './validation';

const table = () => db.table<PersonaEmotionScore, string>('emotionScores');

/** Each persona's emotion per journey phase: at most one row per pair; no row is "not scored". */
export const emotionScoreRepository = {
  listForEngagement(engagementId: string): Promise<PersonaEmotionScore[]> {
    return table().where('engagementId').equals(engagementId).toArray();
  },

  /** Sets a persona's score in a phase, or clears it with null. */
  async set(
    engagementId: string,
    phaseId: string,
    personaId: string,
    score: number | null,
  ): Promise<void> {
    const checked = score === null ? null : validate(emotionScore, score);
    await trackSave(
      db.transaction('rw', table(), async () => {
        const existing = (await table().where('phaseId').equals(phaseId).toArray()).filter(
          (row) => row.personaId === personaId,
        );
        const [kept, ...extra] = existing;
        if (extra.length > 0) await table().bulkDelete(extra.map((row) => row.id));
        if (checked === null) {
          if (kept) await table().delete(kept.id);
          return;
        }
        const now = Date.now();
        await table().put(
          validate(personaEmotionScoreSchema, {
            id: kept?.id ?? newId(),
            engagementId,
            phaseId,
            personaId,
            score: checked,
            createdAt: kept?.createdAt ?? now,
            updatedAt: now,
          }),
        );
      }),
    );
  },
};
