import { useId, useState, type FormEvent } from 'react';
import { maxBrandChannels, maxChannelNameLength } from '../../../../shared/domain/brand';
import { textParser } from '../../components/field-parsers';
import { brandChannelRepository } from '../../db/repositories/brand-channel-repository';

const parseName = textParser('Channel name', maxChannelNameLength, true);

/** Adds a channel by name: an empty, over-long or repeated name is refused with the reason. */
export function AddChannelForm({ engagementId, full }: { engagementId: string; full: boolean }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseName(name);
    if (!parsed.ok) return setError(parsed.message);
    try {
      await brandChannelRepository.addNamed(engagementId, parsed.value);
      setName('');
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form className="add-channel" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={id}>New channel</label>
        <input
          id={id}
          value={name}
          placeholder="e.g. Trade shows"
          aria-invalid={error !== null}
          aria-describedby={error || full ? `${id}-message` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error ? (
          <p id={`${id}-message`} className="field-error" role="alert">
            {error}
          </p>
        ) : full ? (
          <p id={`${id}-message`} className="field-hint">
            {maxBrandChannels} channels is the most one brand can have: remove one to add another.
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--small">
        Add channel
      </button>
    </form>
  );
}
