import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import {
  AlreadyOnThisLaptopError,
  engagementFileRepository,
} from '../../../../renderer/src/db/repositories/engagement-file-repository';
import { collectEngagementFile } from '../../../../shared/engagement-file/collect';
import { sampleEngagementFileName } from '../../../../shared/samples/sample-files';

const sampleText = readFileSync(
  join(import.meta.dirname, '../../../../samples', sampleEngagementFileName),
  'utf8',
);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('importing the sample engagement into the database', () => {
  it('writes every row, and gathers back exactly the file it came from', async () => {
    const file = JSON.parse(sampleText) as ReturnType<typeof collectEngagementFile>;
    const engagementId = await engagementFileRepository.importFile(file, { asCopy: false });
    const gathered = await engagementFileRepository.gather(engagementId);
    const again = collectEngagementFile(gathered, {
      exportedAt: new Date(file.exportedAt),
      app: file.app,
    });
    expect(again).toEqual(file);
  });

  it('goes in a second time only as a copy, beside the first', async () => {
    const file = JSON.parse(sampleText) as unknown;
    await engagementFileRepository.importFile(file, { asCopy: false });
    await expect(engagementFileRepository.importFile(file, { asCopy: false })).rejects.toThrow(
      AlreadyOnThisLaptopError,
    );
    await engagementFileRepository.importFile(file, { asCopy: true });
    expect(await db.table('engagements').count()).toBe(2);
    expect(await db.table('journeyPhases').count()).toBe(14);
  });
});
