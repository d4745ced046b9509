import {
  brandChannelEditableSchema,
  brandChannelSchema,
  defaultBrandChannelNames,
  maxBrandChannels,
  maxChannelNameLength,
  newBrandChannel,
  type BrandChannel,
  type BrandChannelEditable,
} from '../../../../shared/domain/brand';
import type { ToneDimensionId } from '../../../../shared/domain/tone';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { newId, validate, ValidationError } from './validation';

const tableName = 'brandChannels';
const table = () => db.table<BrandChannel, string>(tableName);

const list = createListRepository<BrandChannel, BrandChannelEditable>({
  tableName,
  parentKey: 'engagementId',
  schema: brandChannelSchema,
  editableSchema: brandChannelEditableSchema,
  defaults: () => newBrandChannel(''),
  maxRows: maxBrandChannels,
  tooManyMessage: `A brand can have at most ${maxBrandChannels} channels. Remove one before adding another.`,
});

/** Refuses a name another channel of the engagement already has (ignoring case and spaces). */
async function requireUniqueName(engagementId: string, name: string, exceptId?: string) {
  const key = name.trim().toLocaleLowerCase('en');
  const clash = (await table().where('engagementId').equals(engagementId).toArray()).find(
    (channel) => channel.id !== exceptId && channel.name.trim().toLocaleLowerCase('en') === key,
  );
  if (clash) throw new ValidationError(`There is already a channel called “${clash.name}”.`);
}

/** The channels the brand speaks on, in order, each with its own tone-of-voice scores. */
export const brandChannelRepository = {
  ...list,

  /** Adds a named channel at the end; the name must be new to this engagement. */
  async addNamed(engagementId: string, name: string): Promise<string> {
    let id = '';
    await db.transaction('rw', table(), async () => {
      await requireUniqueName(engagementId, name);
      id = await list.add(engagementId, newBrandChannel(name));
    });
    return id;
  },

  /**
   * Puts a removed channel back (undo). If a channel with its name was added meanwhile, it comes
   * back as "<name> (restored)", so neither channel's scores are lost.
   */
  async restore(channel: BrandChannel): Promise<void> {
    await db.transaction('rw', table(), async () => {
      const taken = new Set(
        (await table().where('engagementId').equals(channel.engagementId).toArray())
          .filter((other) => other.id !== channel.id)
          .map((other) => other.name.trim().toLocaleLowerCase('en')),
      );
      let name = channel.name;
      for (let n = 1; taken.has(name.trim().toLocaleLowerCase('en')); n += 1) {
        const suffix = ` (restored${n > 1 ? ` ${n}` : ''})`;
        name = `${channel.name.slice(0, maxChannelNameLength - suffix.length).trim()}${suffix}`;
      }
      await list.restore({ ...channel, name });
    });
  },

  async rename(id: string, name: string): Promise<void> {
    await db.transaction('rw', table(), async () => {
      const channel = await list.get(id);
      if (!channel) throw new ValidationError('This channel no longer exists.');
      await requireUniqueName(channel.engagementId, name, id);
      await list.update(id, { name });
    });
  },

  /** Sets one dimension of a channel's tone; null clears it. */
  async setToneScore(id: string, dimension: ToneDimensionId, score: number | null): Promise<void> {
    await db.transaction('rw', table(), async () => {
      const channel = await list.get(id);
      if (!channel) throw new ValidationError('This channel no longer exists.');
      await list.update(id, { tone: { ...channel.tone, [dimension]: score } });
    });
  },

  /**
   * Adds the usual channels (social media … sales material) only when the list is empty, at the
   * consultant's request: removing every channel never brings them back by itself.
   */
  async addDefaultChannels(engagementId: string): Promise<number> {
    return trackSave(
      db.transaction('rw', table(), async () => {
        if ((await table().where('engagementId').equals(engagementId).count()) > 0) return 0;
        const now = Date.now();
        const rows = defaultBrandChannelNames.map((name, index) =>
          validate(brandChannelSchema, {
            ...newBrandChannel(name),
            id: newId(),
            engagementId,
            position: index + 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await table().bulkAdd(rows);
        return rows.length;
      }),
    );
  },
};
