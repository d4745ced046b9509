import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataFolder, userDataFolderName } from '../../../main/shell/user-data-folder';

describe('user-data folder', () => {
  it('is always “Session Studio” under the platform’s application-data folder', () => {
    expect(userDataFolderName).toBe('Session Studio');
    expect(userDataFolder('/home/dana/.config')).toBe('/home/dana/.config/Session Studio');
    expect(userDataFolder(join('/Users', 'dana', 'Library', 'Application Support'))).toBe(
      '/Users/dana/Library/Application Support/Session Studio',
    );
  });
});
