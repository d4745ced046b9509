import { useCallback } from 'react';
import { engagementFileRepository } from '../db/repositories/engagement-file-repository';
import { platformApi } from '../platform/session-studio-api';
import { useDocumentExport } from './use-document-export';

/** Gathers the whole engagement and has main save it as an engagement file. */
export function useEngagementFileExport(engagementId: string) {
  const exportFile = useCallback(
    async () =>
      platformApi().exportEngagementFile(await engagementFileRepository.gather(engagementId)),
    [engagementId],
  );
  return useDocumentExport(exportFile);
}
