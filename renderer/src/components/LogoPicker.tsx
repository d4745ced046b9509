import { logoDataUrl, type Logo } from '../../../shared/branding/logo';
import { useFailureMessage } from '../hooks/use-failure-message';
import { FailureNotice } from './Notice';
import './logo-picker.css';

interface LogoPickerProps {
  label: string;
  logo: Logo | null;
  /** Opens the native dialog; main reads and checks the file. Throws with the reason it refused. */
  onChoose: () => Promise<void>;
  onRemove: () => Promise<void>;
  hint?: string;
}

/** A logo as the deliverables will show it, with the doors to choose another or take it off. */
export function LogoPicker({ label, logo, onChoose, onRemove, hint }: LogoPickerProps) {
  const { error, run, clear } = useFailureMessage();
  return (
    <fieldset className="logo-picker">
      <legend>{label}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="logo-picker__row">
        <div className="logo-picker__preview">
          {logo ? (
            <img src={logoDataUrl(logo)} alt={`${label}: ${logo.fileName}`} />
          ) : (
            <span className="subtle">No logo yet</span>
          )}
        </div>
        <div className="logo-picker__actions">
          {logo ? (
            <span className="subtle">
              {logo.fileName} · {logo.width} × {logo.height} px
            </span>
          ) : null}
          <div className="logo-picker__buttons">
            <button type="button" className="button" onClick={() => void run(onChoose)}>
              {logo ? 'Choose another…' : 'Choose a logo…'}
            </button>
            {logo ? (
              <button
                type="button"
                className="button button--link"
                onClick={() => void run(onRemove)}
              >
                Remove
              </button>
            ) : null}
          </div>
        </div>
      </div>
      <FailureNotice message={error} onDismiss={clear} />
    </fieldset>
  );
}
