import { ExportButton } from '../../components/ExportButton';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useEngagementFileExport } from '../../hooks/use-engagement-file-export';
import { useNewPassphrase } from '../../hooks/use-new-passphrase';
import './engagement-file-export.css';

/** "Export engagement file…": the whole engagement as one file, for another laptop or an archive. */
export function ExportEngagementFile({ engagementId }: { engagementId: string }) {
  const { state, run, reset } = useEngagementFileExport(engagementId);
  const { protection, problem, change, submit } = useNewPassphrase(run);

  return (
    <section className="engagement-file-export" aria-labelledby="engagement-file-title">
      <h3 id="engagement-file-title">Engagement file</h3>
      <p className="worksheet-hint">
        Saves this whole engagement (every session and worksheet) as one file, to move it to another
        laptop or keep it as an archive. Open it there with “Import engagement file…” on the
        engagements home.
      </p>
      <NewPassphraseFields
        value={protection}
        onChange={change}
        problem={problem}
        disabled={state.kind === 'exporting'}
      />
      <ExportButton
        label={protection.protect ? 'Export protected engagement file…' : 'Export engagement file…'}
        state={state}
        onExport={() => void submit()}
        onDismiss={reset}
      />
    </section>
  );
}
