import { useEngagementFileImport } from '../../hooks/use-engagement-file-import';
import { EngagementFileImportDialogs } from './EngagementFileImportDialogs';

interface ImportEngagementFileProps {
  onImported: (engagementId: string) => void;
}

/** "Import engagement file…": brings in an engagement exported on another laptop or archived. */
export function ImportEngagementFile({ onImported }: ImportEngagementFileProps) {
  const flow = useEngagementFileImport(onImported);
  const busy = flow.state.kind === 'busy';
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void flow.start('file')}
        disabled={busy}
      >
        {busy ? 'Importing…' : 'Import engagement file…'}
      </button>
      <EngagementFileImportDialogs flow={flow} />
    </>
  );
}
