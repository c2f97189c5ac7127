import { useTranslation } from 'react-i18next';
import type { DomainCheckItem } from '../../../electron/core/api/schemas/mail-domain.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { DOMAIN_STATUS_TONES } from './domain-status.ts';

const KEY = { spf: 'spf', dmarc: 'dmarc', dkim: 'dkim', 'mta-sts': 'mtaSts' } as const;

/** Extra facts a check carries: where DMARC reports go, DKIM selectors that did not answer. */
function Notes({ item }: { item: DomainCheckItem }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (item.check === 'dmarc' && item.policy) {
    notes.push(
      item.reportTo.length
        ? t('domain.findings.dmarc.reportsTo', { list: item.reportTo.map((uri) => uri.replace(/^mailto:/iu, '')).join(', ') })
        : t('domain.findings.dmarc.reportsNone'),
    );
    if (item.percent !== null && item.percent < 100) notes.push(t('domain.findings.dmarc.percent', { percent: item.percent }));
  }
  if (item.check === 'dkim' && item.status !== 'not-checked' && item.selectorsUnanswered.length) {
    notes.push(t('domain.findings.dkim.unanswered', { selectors: item.selectorsUnanswered.join(', ') }));
  }
  if (notes.length === 0) return null;
  return (
    <ul className="domain-check__notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** One of the four checks: what it is, its status in colour and words, the verdict, the fix. */
export function DomainCheckCard({ item }: { item: DomainCheckItem }) {
  const { t } = useTranslation();
  const key = KEY[item.check];
  const notChecked = item.status === 'not-checked';
  const base = `domain.findings.${key}.${item.finding}`;
  const verdict = notChecked
    ? t('domain.notChecked', { reason: t(`domain.reasons.${item.reason ?? 'network'}`) })
    : // Finding keys are checked by test/unit/mfa-dns.test.ts (every finding worded in fr and en).
      t(`${base}.verdict`, { defaultValue: '', selectors: item.check === 'dkim' ? item.selectorsFound.join(', ') : '' });
  const hasFix = !notChecked && item.status !== 'good';
  // DKIM keys are long and say nothing to a reader; the selector names are in the verdict.
  const shownRecords = item.check === 'dkim' ? [] : item.records;
  return (
    <li className={`card domain-check domain-check--${item.status}`}>
      <div className="split-row">
        <h3 className="domain-check__name">{t(`domain.checks.${key}.name`)}</h3>
        <StatusChip tone={DOMAIN_STATUS_TONES[item.status]} label={t(`domain.summary.${item.status}`)} />
      </div>
      <p className="text-hint">{t(`domain.checks.${key}.what`)}</p>
      <p className="domain-check__verdict">{verdict}</p>
      <Notes item={item} />
      {hasFix ? (
        <p className="domain-check__fix">
          <strong>{t('domain.fixLabel')}</strong> {t(`${base}.fix`, '')}
        </p>
      ) : null}
      {shownRecords.length ? (
        <div className="domain-check__records">
          <span className="domain-check__records-label">{t('domain.recordLabel')}</span>
          {shownRecords.map((record, index) => (
            <code key={index} className="domain-check__record">
              {record}
            </code>
          ))}
        </div>
      ) : null}
    </li>
  );
}
