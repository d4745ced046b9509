import { useId, useState } from 'react';
import type { Campaign } from '../../../../../shared/domain/campaign';
import { commonCurrencies, currencyCodePattern } from '../../../../../shared/domain/currency';
import { formatMoney } from '../../../../../shared/planning/money-format';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FieldMessage } from '../../../components/FieldMessage';
import { planRepository } from '../../../db/repositories/plan-repository';
import { useFailureMessage } from '../../../hooks/use-failure-message';

const another = 'other';

interface CurrencyChoiceProps {
  engagementId: string;
  currency: string;
  campaigns: readonly Campaign[];
}

/**
 * The engagement's currency, chosen once: every budget, the deal size and the revenue target are
 * in it. Changing it later puts the budgets already entered in the new one, after saying that the
 * amounts are relabelled, not converted.
 */
export function CurrencyChoice({ engagementId, currency, campaigns }: CurrencyChoiceProps) {
  const id = useId();
  const { error, run } = useFailureMessage();
  const [typing, setTyping] = useState(false);
  const [code, setCode] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const listed = commonCurrencies.some((entry) => entry.code === currency);
  const toRelabel = campaigns.filter(
    (campaign) =>
      campaign.budget !== null &&
      campaign.budgetCurrency !== '' &&
      campaign.budgetCurrency !== asked,
  );

  function choose(next: string) {
    if (next === another) {
      setTyping(true);
      return;
    }
    setTyping(false);
    const relabelled = campaigns.some(
      (campaign) =>
        campaign.budget !== null &&
        campaign.budgetCurrency !== '' &&
        campaign.budgetCurrency !== next,
    );
    if (relabelled) setAsked(next);
    else void run(() => planRepository.chooseCurrency(engagementId, next));
  }

  function typed() {
    const next = code.trim().toUpperCase();
    if (!currencyCodePattern.test(next)) {
      void run(() =>
        Promise.reject(new Error('A currency is a three-letter code such as EUR or USD.')),
      );
      return;
    }
    choose(next);
  }

  return (
    <div className="investment__currency">
      <div className="field">
        <label htmlFor={id}>Currency of this engagement</label>
        <select
          id={id}
          value={typing ? another : currency}
          aria-describedby={`${id}-message`}
          onChange={(event) => choose(event.target.value)}
        >
          {currency === '' ? <option value="">Not chosen yet</option> : null}
          {commonCurrencies.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.code} · {entry.name}
            </option>
          ))}
          {currency !== '' && !listed ? <option value={currency}>{currency}</option> : null}
          <option value={another}>Another currency…</option>
        </select>
        <FieldMessage
          id={`${id}-message`}
          error={error}
          hint="Every budget, the deal size and the revenue target are in it: chosen once, for the whole engagement."
        />
      </div>
      {typing ? (
        <div className="field investment__other-currency">
          <label htmlFor={`${id}-code`}>Three-letter code</label>
          <input
            id={`${id}-code`}
            value={code}
            maxLength={3}
            placeholder="e.g. NZD"
            onChange={(event) => setCode(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && typed()}
          />
          <button type="button" className="button button--small" onClick={typed}>
            Use it
          </button>
        </div>
      ) : null}
      {asked ? (
        <ConfirmDialog
          title={`Put the budgets in ${asked}?`}
          confirmLabel={`Use ${asked}`}
          onCancel={() => setAsked(null)}
          onConfirm={() => {
            const next = asked;
            setAsked(null);
            void run(() => planRepository.chooseCurrency(engagementId, next));
          }}
        >
          {toRelabel.length === 1 ? 'One budget is' : `${toRelabel.length} budgets are`} already
          entered in {currency || toRelabel[0]?.budgetCurrency}. The amounts are not converted:{' '}
          {formatMoney(toRelabel[0]?.budget ?? 0, toRelabel[0]?.budgetCurrency ?? '')} becomes{' '}
          {formatMoney(toRelabel[0]?.budget ?? 0, asked)}. Use this when the currency was chosen by
          mistake; to convert, enter each budget again.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
