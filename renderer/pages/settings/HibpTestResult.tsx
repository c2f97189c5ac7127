import { useTranslation } from 'react-i18next';
import type { HibpKeyTest } from '../../../electron/core/model/schemas/services.ts';
import { formatCalendarDate, formatTime } from '../../components/format.ts';
import { StatusChip, type StatusTone } from '../../components/StatusChip.tsx';

const TONES: Record<HibpKeyTest['result'], StatusTone> = {
  valid: 'success',
  invalid: 'danger',
  blocked: 'danger',
  'rate-limited': 'warning',
  unavailable: 'warning',
  timeout: 'warning',
  network: 'warning',
  'not-set': 'neutral',
  unexpected: 'warning',
};

/** What HIBP said about the key, in plain words, with what to do when it is not "valid". */
export function HibpTestResult({ test, hibpBaseUrl }: { test: HibpKeyTest; hibpBaseUrl: string }) {
  const { t, i18n } = useTranslation();
  const chip = <StatusChip tone={TONES[test.result]} label={t(`services.test.${test.result}.chip`)} />;

  if (test.result === 'valid') {
    const facts = [
      test.plan ? t('services.test.valid.plan', { plan: test.plan }) : t('services.test.valid.planUnknown'),
      test.rpm !== null ? t('services.test.valid.rpm', { count: test.rpm }) : null,
      test.expiresAt
        ? t('services.test.valid.expires', { date: formatCalendarDate(test.expiresAt, i18n.language) })
        : null,
      // Whether addresses leave in full: the one fact about the plan that matters for privacy.
      [
        t(test.rangeSearch ? 'services.test.valid.rangeYes' : 'services.test.valid.rangeNo'),
        test.rangeSearchFrom === 'plan-name' ? t('services.test.valid.rangeFromName') : null,
      ]
        .filter(Boolean)
        .join(' '),
    ].filter((fact): fact is string => fact !== null);
    return (
      <div className="key-test">
        {chip}
        <div className="key-test__text">
          <p>{t('services.test.valid.body')}</p>
          <ul className="key-test__facts">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }

  if (test.result === 'blocked') {
    return (
      <div className="key-test">
        {chip}
        <div className="key-test__text">
          <p>{t('services.test.blocked.body')}</p>
          {test.rayId ? (
            <p className="key-test__ray">
              <span>{t('services.test.blocked.rayLabel')}</span> <code className="path">{test.rayId}</code>
            </p>
          ) : null}
        </div>
      </div>
    );
  }

  let body: string;
  switch (test.result) {
    case 'unexpected':
      // A 200 that does not say what the plan includes: nothing will be sent, and this says why.
      body =
        test.httpStatus === 200
          ? t('services.test.unexpected.planUnreadable')
          : t('services.test.unexpected.body', { status: test.httpStatus ?? '?' });
      break;
    case 'unavailable':
      body = t(`services.test.${test.result}.body`, { status: test.httpStatus ?? '?' });
      break;
    case 'rate-limited':
      // Beyond a minute the time says more than "in a minute".
      body =
        test.retryAfterSeconds !== undefined && test.retryAfterSeconds > 60
          ? t('services.test.rate-limited.bodyUntil', { time: formatTime(new Date(Date.now() + test.retryAfterSeconds * 1000), i18n.language) })
          : t('services.test.rate-limited.body');
      break;
    case 'network':
      body = t('services.test.network.body', { url: hibpBaseUrl });
      break;
    default:
      body = t(`services.test.${test.result}.body`);
  }
  return (
    <div className="key-test">
      {chip}
      <p className="key-test__text">{body}</p>
    </div>
  );
}
