import { useState } from 'react';
import { newPassphraseProblem } from '../../../shared/protection/passphrase';
import { noPassphrase, type NewPassphrase } from '../components/NewPassphraseFields';

/**
 * The "Protect with a passphrase" choice of a file about to be written: `run` gets null when not
 * protected, the passphrase once it is good (typed twice alike, long enough), and nothing while it
 * is not (the problem is shown). The passphrase leaves the screen once the file is written.
 */
export function useNewPassphrase(run: (passphrase: string | null) => Promise<unknown>) {
  const [protection, setProtection] = useState<NewPassphrase>(noPassphrase);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (!protection.protect) return void (await run(null));
    const wrong = newPassphraseProblem(protection.passphrase, protection.repeated);
    setProblem(wrong);
    if (wrong) return;
    await run(protection.passphrase);
    setProtection({ ...noPassphrase, protect: true });
  };

  const change = (value: NewPassphrase) => {
    setProtection(value);
    setProblem(null);
  };

  return { protection, problem, change, submit };
}
