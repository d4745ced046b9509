import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassphraseDialog } from '../../../renderer/src/components/PassphraseDialog';

afterEach(cleanup);

/** A screen with the button that opens the dialog, as the home and Backups screens have. */
function Opener({ onUnlock = vi.fn(), problem = null as string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open a file…
      </button>
      <button type="button">Something else</button>
      {open ? (
        <PassphraseDialog
          fileName="Acme.ssengagement"
          problem={problem}
          busy={false}
          onUnlock={onUnlock}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

async function openDialog(props: Parameters<typeof Opener>[0] = {}) {
  const user = userEvent.setup();
  render(<Opener {...props} />);
  const opener = screen.getByRole('button', { name: 'Open a file…' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', {
    name: '“Acme.ssengagement” is protected with a passphrase',
  });
  return { user, opener, dialog };
}

describe('PassphraseDialog', () => {
  it('starts on the passphrase and keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user, dialog } = await openDialog();
    const input = screen.getByLabelText('Passphrase');
    expect(input).toHaveFocus();
    await user.keyboard('secret');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const open = screen.getByRole('button', { name: 'Open file' });
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(open).toHaveFocus();
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(open).toHaveFocus();
    for (let step = 0; step < 7; step += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('gives focus back to the button that opened it when Escape cancels', async () => {
    const { user, opener } = await openDialog();
    await user.keyboard('half typed{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('gives focus back to the button that opened it when Cancel is pressed', async () => {
    const { user, opener } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens only with a passphrase typed, by Enter or the button, and says why the last one failed', async () => {
    const onUnlock = vi.fn();
    const { user } = await openDialog({ onUnlock, problem: 'That passphrase does not open it.' });
    const input = screen.getByLabelText('Passphrase');
    expect(screen.getByRole('button', { name: 'Open file' })).toBeDisabled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('That passphrase does not open it.');
    await user.keyboard('{Enter}');
    expect(onUnlock).not.toHaveBeenCalled();
    await user.keyboard('correct horse{Enter}');
    expect(onUnlock).toHaveBeenCalledExactlyOnceWith('correct horse');
  });
});
