import { useCallback } from 'react';
import { engagementFileRepository } from '../db/repositories/engagement-file-repository';
import { platformApi } from '../platform/session-studio-api';
import { useDocumentExport } from './use-document-export';

/**
 * Gathers the whole engagement and has main save it as an engagement file, protected with the
 * passphrase when one is given.
 */
export function useEngagementFileExport(engagementId: string) {
  const exportFile = useCallback(
    async (passphrase: string | null) => {
      const content = await engagementFileRepository.gather(engagementId);
      return passphrase === null
        ? platformApi().exportEngagementFile(content)
        : platformApi().exportProtectedEngagementFile({ content, passphrase });
    },
    [engagementId],
  );
  return useDocumentExport(exportFile);
}
