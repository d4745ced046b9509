import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { brandChannelRepository } from '../../../../renderer/src/db/repositories/brand-channel-repository';
import { brandProfileRepository } from '../../../../renderer/src/db/repositories/brand-profile-repository';
import { brandTraitRepository } from '../../../../renderer/src/db/repositories/brand-trait-repository';

const engagementId = 'engagement-1';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('brand channels', () => {
  it('adds the usual channels only to an empty list, never back after all were removed', async () => {
    expect(await brandChannelRepository.addDefaultChannels(engagementId)).toBe(6);
    expect(await brandChannelRepository.addDefaultChannels(engagementId)).toBe(0);
    const channels = await brandChannelRepository.list(engagementId);
    expect(channels.map((channel) => channel.name)).toEqual([
      'Social media',
      'Website',
      'PR',
      'Advertising',
      'Email',
      'Sales material',
    ]);
    for (const channel of channels) await brandChannelRepository.remove(channel.id);
    expect(await brandChannelRepository.list(engagementId)).toEqual([]);
  });

  it('refuses an empty, over-long or repeated name, and a 21st channel', async () => {
    await expect(brandChannelRepository.addNamed(engagementId, '  ')).rejects.toThrow(
      'Channel name is required.',
    );
    await expect(brandChannelRepository.addNamed(engagementId, 'x'.repeat(61))).rejects.toThrow(
      'Channel name can be at most 60 characters.',
    );
    const email = await brandChannelRepository.addNamed(engagementId, 'Email');
    await expect(brandChannelRepository.addNamed(engagementId, ' email ')).rejects.toThrow(
      'There is already a channel called “Email”.',
    );
    const web = await brandChannelRepository.addNamed(engagementId, 'Website');
    await expect(brandChannelRepository.rename(web, 'EMAIL')).rejects.toThrow(
      'There is already a channel called “Email”.',
    );
    await brandChannelRepository.rename(email, 'Newsletter');
    for (let index = 2; index < 20; index += 1)
      await brandChannelRepository.addNamed(engagementId, `Channel ${index}`);
    await expect(brandChannelRepository.addNamed(engagementId, 'One too many')).rejects.toThrow(
      'A brand can have at most 20 channels.',
    );
  });

  it('brings a removed channel back under another name when its name was taken meanwhile', async () => {
    const email = await brandChannelRepository.addNamed('e1', 'Email');
    await brandChannelRepository.setToneScore(email, 'formalCasual', 2);
    const removed = await brandChannelRepository.remove(email);
    await brandChannelRepository.addNamed('e1', 'email');
    await brandChannelRepository.restore(removed!);
    const channels = await brandChannelRepository.list('e1');
    expect(channels.map((channel) => channel.name).sort()).toEqual(['Email (restored)', 'email']);
    expect(channels.find((channel) => channel.id === email)?.tone.formalCasual).toBe(2);
  });

  it('keeps both of two quick tone edits, and refuses an absurd score', async () => {
    const id = await brandChannelRepository.addNamed(engagementId, 'Email');
    await Promise.all([
      brandChannelRepository.setToneScore(id, 'formalCasual', 1),
      brandChannelRepository.setToneScore(id, 'funnySerious', 5),
    ]);
    await expect(brandChannelRepository.setToneScore(id, 'formalCasual', 99)).rejects.toThrow(
      'A tone score must be at most 5.',
    );
    await expect(brandChannelRepository.setToneScore(id, 'formalCasual', 2.5)).rejects.toThrow(
      'A tone score must be a whole number from 1 to 5.',
    );
    expect((await brandChannelRepository.get(id))?.tone).toEqual({
      funnySerious: 5,
      formalCasual: 1,
      respectfulIrreverent: null,
      enthusiasticMatterOfFact: null,
    });
  });
});

describe('brand profile', () => {
  it('reads as empty until the first edit, and keeps quick tone edits together', async () => {
    expect((await brandProfileRepository.get(engagementId)).wordsToUse).toEqual([]);
    await Promise.all([
      brandProfileRepository.setToneScore(engagementId, 'funnySerious', 4),
      brandProfileRepository.setToneScore(engagementId, 'respectfulIrreverent', 2),
    ]);
    const { tone } = await brandProfileRepository.get(engagementId);
    expect(tone).toMatchObject({ funnySerious: 4, respectfulIrreverent: 2, formalCasual: null });
  });

  it('adds, removes and puts back words, and refuses a paste that does not fit', async () => {
    expect(
      await brandProfileRepository.addWords(engagementId, 'wordsToUse', 'proven, clear'),
    ).toEqual([]);
    expect(await brandProfileRepository.addWords(engagementId, 'wordsToUse', 'Clear')).toEqual([
      'Clear',
    ]);
    expect(await brandProfileRepository.removeWord(engagementId, 'wordsToUse', 'proven')).toBe(0);
    await brandProfileRepository.restoreWord(engagementId, 'wordsToUse', 'proven', 0);
    const thousands = Array.from({ length: 2000 }, (_, index) => `w${index}`).join(',');
    await expect(
      brandProfileRepository.addWords(engagementId, 'wordsToAvoid', thousands),
    ).rejects.toThrow('That is 2,000 new words');
    const profile = await brandProfileRepository.get(engagementId);
    expect(profile.wordsToUse).toEqual(['proven', 'clear']);
    expect(profile.wordsToAvoid).toEqual([]);
  });
});

describe('brand traits', () => {
  it('keeps the pairs in the order the consultant gives them', async () => {
    const first = await brandTraitRepository.add(engagementId, { weAre: 'Confident' });
    const second = await brandTraitRepository.add(engagementId, {
      weAre: 'Warm',
      weAreNot: 'Soppy',
    });
    await brandTraitRepository.reorder(engagementId, [second, first]);
    expect(
      (await brandTraitRepository.list(engagementId)).map((trait) => [trait.weAre, trait.weAreNot]),
    ).toEqual([
      ['Warm', 'Soppy'],
      ['Confident', ''],
    ]);
  });
});
