import { ExportButton } from '../../components/ExportButton';
import { useEngagementFileExport } from '../../hooks/use-engagement-file-export';
import './engagement-file-export.css';

/** "Export engagement file…": the whole engagement as one file, for another laptop or an archive. */
export function ExportEngagementFile({ engagementId }: { engagementId: string }) {
  const { state, run, reset } = useEngagementFileExport(engagementId);
  return (
    <section className="engagement-file-export" aria-labelledby="engagement-file-title">
      <h3 id="engagement-file-title">Engagement file</h3>
      <p className="worksheet-hint">
        Saves this whole engagement (every session and worksheet) as one file, to move it to another
        laptop or keep it as an archive. Open it there with “Import engagement file…” on the
        engagements home.
      </p>
      <ExportButton
        label="Export engagement file…"
        state={state}
        onExport={() => void run()}
        onDismiss={reset}
      />
    </section>
  );
}
