import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { EmailResult, StoredOutcome } from '../../../electron/core/model/schemas/breach-check.ts';
import { formatDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { BreachItem } from './BreachItem.tsx';
import { notCheckedText, sourceLabel, STATUS_TONE } from './labels.ts';

interface EmailResultViewProps {
  email: EmailResult;
  corpusNames: ReadonlyMap<string, string>;
  /** Retry this address; absent while a check runs. */
  onRetry?: (email: EmailResult) => void;
}

/** `emailCheckedAt`: the address's latest check; a source answered at another time says when. */
function OutcomeView({ result, emailCheckedAt }: { result: StoredOutcome; emailCheckedAt: string | null }) {
  const { t, i18n } = useTranslation();
  const source = sourceLabel(t, result);
  const when =
    result.checkedAt === emailCheckedAt ? '' : t('breaches.result.checkedAt', { date: formatDateTime(result.checkedAt, i18n.language) });
  const { outcome } = result;
  if (outcome.status === 'breached') {
    return (
      <div className="breach-outcome breach-outcome--breached">
        <p className="outcome-line">
          <Icon name="cross" className="outcome-line__icon" />
          <span>
            {t('breaches.result.breached', { source, count: outcome.breaches.length })}{when ? <span className="text-hint"> ({when})</span> : null}
          </span>
        </p>
        <ul className="breach-item-list">
          {outcome.breaches.map((breach) => (
            <BreachItem key={breach.name} breach={breach} />
          ))}
        </ul>
      </div>
    );
  }
  if (outcome.status === 'clean') {
    return (
      <div className="breach-outcome breach-outcome--clean">
        <p className="outcome-line">
          <Icon name="check" className="outcome-line__icon" />
          <span>
            {t('breaches.result.clean', { source })}
            {when ? <span className="text-hint"> ({when})</span> : null}
          </span>
        </p>
      </div>
    );
  }
  return (
    <div className="breach-outcome breach-outcome--not-checked" data-reason={outcome.reason}>
      <p className="outcome-line">
        <Icon name="notChecked" className="outcome-line__icon" />
        <span>
          {t('breaches.result.notChecked', { source, reason: notCheckedText(t, outcome, i18n.language) })}{when ? <span className="text-hint"> ({when})</span> : null}
        </span>
      </p>
      {outcome.rayId ? (
        <ProviderDetails>
          <p className="breach-outcome__ray">{t('breaches.result.rayId', { rayId: outcome.rayId })}</p>
        </ProviderDetails>
      ) : null}
      {result.lastBreached ? (
        <p className="breach-outcome__earlier">
          {t('breaches.result.lastBreached', {
            date: formatDateTime(result.lastBreached.checkedAt, i18n.language),
            titles: result.lastBreached.breaches.map((breach) => breach.title).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** One address: its combined status, when it was checked, and each source's answer. */
export function EmailResultView({ email, corpusNames, onRetry }: EmailResultViewProps) {
  const { t, i18n } = useTranslation();
  const never = email.checkedAt === null;
  const status = never
    ? t('breaches.status.neverChecked')
    : email.status === 'breached'
      ? t('breaches.status.breached')
      : email.status === 'clean'
        ? t('breaches.status.clean')
        : t('breaches.status.notChecked');
  const pending = email.pendingSources.map((source) =>
    source === 'hibp' || source === 'hibp-range' || source === 'hibp-domain' ? t('breaches.source.hibpShort') : t('breaches.source.corpus', { name: corpusNames.get(source) ?? '' }),
  );
  return (
    <li className={`result-item breach-email breach-email--${email.status}`} data-email={email.email}>
      <div className="split-row">
        <p className="result-item__name">{email.email}</p>
        <StatusChip tone={STATUS_TONE[email.status]} label={status} />
      </div>
      {never ? (
        <p className="text-hint">{t('breaches.people.never')}</p>
      ) : (
        <p className="text-hint">
          {t(email.results.some((result) => result.outcome.status === 'not-checked') ? 'breaches.people.attemptedAt' : 'breaches.people.checkedAt', {
            date: formatDateTime(email.checkedAt!, i18n.language),
          })}
        </p>
      )}
      {email.results.map((result) => (
        <OutcomeView key={result.outcome.source} result={result} emailCheckedAt={email.checkedAt} />
      ))}
      {!never && pending.length > 0 ? <p className="text-hint">{t('breaches.people.pending', { sources: pending.join(', ') })}</p> : null}
      {!never && onRetry && email.results.some((result) => result.outcome.status === 'not-checked') ? (
        <Button
          className="button button--secondary breach-email__retry"
          aria-label={t('breaches.result.retryLabel', { email: email.email })}
          onPress={() => onRetry(email)}
        >
          <Icon name="clock" />
          {t('breaches.result.retry')}
        </Button>
      ) : null}
    </li>
  );
}
