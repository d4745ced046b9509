import {
  brandProfileEditableSchema,
  brandProfileSchema,
  emptyBrandProfile,
  type BrandProfile,
} from '../../../../shared/domain/brand';
import { addWords, type WordListKey } from '../../../../shared/domain/brand-words';
import type { ToneDimensionId } from '../../../../shared/domain/tone';
import { db } from '../database';
import { createSheetRepository } from './sheet-repository';
import { ValidationError } from './validation';

const tableName = 'brandProfiles';
const sheet = createSheetRepository<BrandProfile>({
  tableName,
  schema: brandProfileSchema,
  editableSchema: brandProfileEditableSchema,
  empty: emptyBrandProfile,
});

/** Reads and changes the profile in one transaction, so quick edits never overwrite each other. */
function change(engagementId: string, edit: (current: BrandProfile) => Partial<BrandProfile>) {
  return db.transaction('rw', db.table(tableName), async () => {
    const patch = edit(await sheet.get(engagementId));
    await sheet.update(engagementId, patch);
  });
}

/** The brand's own tone of voice and its words to use and avoid: one record per engagement. */
export const brandProfileRepository = {
  get: sheet.get,

  /** Sets one dimension of the brand's tone; null clears it. */
  setToneScore(engagementId: string, dimension: ToneDimensionId, score: number | null) {
    return change(engagementId, (current) => ({ tone: { ...current.tone, [dimension]: score } }));
  },

  /**
   * Adds what was typed or pasted (one or several words) to a list; refuses the whole text with
   * the reason when it does not fit. Returns the words skipped because the list already has them.
   */
  async addWords(engagementId: string, list: WordListKey, text: string): Promise<string[]> {
    let alreadyThere: string[] = [];
    await db.transaction('rw', db.table(tableName), async () => {
      const current = await sheet.get(engagementId);
      const result = addWords(current[list], text);
      if (!result.ok) throw new ValidationError(result.message);
      alreadyThere = result.alreadyThere;
      if (result.added.length > 0) await sheet.update(engagementId, { [list]: result.words });
    });
    return alreadyThere;
  },

  /** Removes a word and says where it stood, so the removal can be undone; -1 when absent. */
  async removeWord(engagementId: string, list: WordListKey, word: string): Promise<number> {
    let index = -1;
    await change(engagementId, (current) => {
      index = current[list].indexOf(word);
      return index < 0 ? {} : { [list]: current[list].filter((_, at) => at !== index) };
    });
    return index;
  },

  /** Puts a removed word back where it stood (or last), unless it has been added again. */
  restoreWord(engagementId: string, list: WordListKey, word: string, index: number) {
    return change(engagementId, (current) => {
      if (current[list].includes(word)) return {};
      const words = [...current[list]];
      words.splice(Math.min(Math.max(index, 0), words.length), 0, word);
      return { [list]: words };
    });
  },
};
