import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../../../shared/domain/participant';
import { CoveragePanel } from '../../../../renderer/src/features/participants/CoveragePanel';

afterEach(cleanup);

let n = 0;
const person = (partial: Partial<Participant>): Participant => ({
  id: `p${++n}`,
  engagementId: 'e1',
  sessionId: 's1',
  position: n,
  name: '',
  title: '',
  organisation: '',
  email: '',
  role: 'other',
  attendance: 'invited',
  createdAt: 1,
  updatedAt: 1,
  ...partial,
});

describe('coverage panel', () => {
  it('warns that no one from sales is in the room when nobody has the role', () => {
    render(<CoveragePanel participants={[person({ name: 'Ana', role: 'marketing' })]} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No one from sales is in the room. Nobody on the list has the sales role.',
    );
    expect(screen.getByTestId('coverage-missing')).toHaveTextContent(
      'Missing roles: Sales, Executive / C-suite, Strategist and Message developer.',
    );
  });

  it('names the salespeople marked absent', () => {
    render(
      <CoveragePanel
        participants={[
          person({ name: 'Dana Lee', role: 'sales', attendance: 'absent' }),
          person({ name: 'Bo Chen', role: 'sales', attendance: 'absent' }),
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Dana Lee and Bo Chen (sales) are marked absent.',
    );
  });

  it('does not warn while a salesperson is invited, and says attendance is not yet marked', () => {
    render(<CoveragePanel participants={[person({ name: 'Dana Lee', role: 'sales' })]} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/Dana Lee invited, not yet marked as attended/)).toBeInTheDocument();
  });
});
