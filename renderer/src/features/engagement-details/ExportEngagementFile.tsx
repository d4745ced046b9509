import { useState } from 'react';
import { newPassphraseProblem } from '../../../../shared/protection/passphrase';
import { ExportButton } from '../../components/ExportButton';
import {
  NewPassphraseFields,
  noPassphrase,
  type NewPassphrase,
} from '../../components/NewPassphraseFields';
import { useEngagementFileExport } from '../../hooks/use-engagement-file-export';
import './engagement-file-export.css';

/** "Export engagement file…": the whole engagement as one file, for another laptop or an archive. */
export function ExportEngagementFile({ engagementId }: { engagementId: string }) {
  const { state, run, reset } = useEngagementFileExport(engagementId);
  const [protection, setProtection] = useState<NewPassphrase>(noPassphrase);
  const [problem, setProblem] = useState<string | null>(null);

  const exportFile = async () => {
    if (!protection.protect) return run(null);
    const wrong = newPassphraseProblem(protection.passphrase, protection.repeated);
    setProblem(wrong);
    if (wrong) return;
    await run(protection.passphrase);
    // The passphrase is not kept on screen once the file is written.
    setProtection({ ...noPassphrase, protect: true });
  };

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
        onChange={(value) => {
          setProtection(value);
          setProblem(null);
        }}
        problem={problem}
        disabled={state.kind === 'exporting'}
      />
      <ExportButton
        label={protection.protect ? 'Export protected engagement file…' : 'Export engagement file…'}
        state={state}
        onExport={() => void exportFile()}
        onDismiss={reset}
      />
    </section>
  );
}
