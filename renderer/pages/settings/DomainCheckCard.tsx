import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DomainCheckItem } from '../../../electron/core/model/schemas/mail-domain.ts';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { DOMAIN_STATUS_TONES } from './domain-status.ts';

const KEY = { spf: 'spf', dmarc: 'dmarc', dkim: 'dkim', 'mta-sts': 'mtaSts' } as const;

type Translate = TFunction;

/** Extra facts in plain words: where DMARC reports go, whose record applies, DKIM selectors that did not answer. */
function notesOf(item: DomainCheckItem, t: Translate): string[] {
  const notes: string[] = [];
  if (item.check === 'dmarc' && item.policy) {
    if (item.inheritedFrom) notes.push(t('domain.findings.dmarc.inherited', { domain: item.inheritedFrom }));
    notes.push(
      item.reportTo.length
        ? t('domain.findings.dmarc.reportsTo', { list: item.reportTo.map((uri) => uri.replace(/^mailto:/iu, '')).join(', ') })
        : t('domain.findings.dmarc.reportsNone'),
    );
    if (item.percent !== null && item.percent < 100 && item.percent > 0) notes.push(t('domain.findings.dmarc.percent', { percent: item.percent }));
  }
  if (item.check === 'dkim' && item.status !== 'not-checked' && item.selectorsUnanswered.length) {
    notes.push(t('domain.findings.dkim.unanswered', { selectors: item.selectorsUnanswered.join(', ') }));
  }
  return notes;
}

/** What the IT provider needs: the records, and how the verdict was reached (lookups, the term at fault, the policy file). */
function technicalLines(item: DomainCheckItem, domain: string, t: Translate): string[] {
  const lines: string[] = [];
  if (item.check === 'spf' && item.records.length && item.status !== 'not-checked') {
    if (item.problem) lines.push(t(`domain.technical.spfProblem.${item.problem.code}`, { term: item.problem.term ?? '', domain: item.problem.domain }));
    if (item.all) lines.push(t('domain.technical.spfDecidedBy', { term: item.all }));
    if (item.followed.length) lines.push(t('domain.technical.spfFollowed', { list: item.followed.join(' → ') }));
    lines.push(t('domain.technical.spfLookups', { count: item.lookups, voids: item.voidLookups }));
  }
  if (item.check === 'dmarc' && item.effectivePolicy && item.effectivePolicy !== item.policy) {
    lines.push(t('domain.technical.dmarcEffective', { policy: item.effectivePolicy }));
  }
  if (item.check === 'dkim') {
    for (const key of item.keys) {
      const state = t(`domain.technical.dkimStates.${key.state}`);
      lines.push(
        key.problem
          ? t('domain.technical.dkimKeyProblem', { selector: key.selector, state, problem: t(`domain.technical.dkimProblems.${key.problem}`) })
          : t('domain.technical.dkimKey', { selector: key.selector, state }),
      );
    }
  }
  if (item.check === 'mta-sts' && item.policyId) {
    lines.push(t('domain.technical.mtaStsUrl', { domain }));
    if (item.mode) lines.push(t('domain.technical.mtaStsMode', { mode: item.mode }));
    if (item.policyProblem) lines.push(t(`domain.technical.mtaStsProblem.${item.policyProblem.code}`, { detail: item.policyProblem.detail ?? '', domain }));
  }
  return lines;
}

/** The verdict's own values: DKIM's selectors, DMARC's written and applied policies, the domain. */
function verdictValues(item: DomainCheckItem, domain: string): Record<string, string> {
  if (item.check === 'dkim') return { selectors: item.selectorsFound.join(', '), domain };
  if (item.check === 'dmarc') return { policy: item.policy ?? '', effective: item.effectivePolicy ?? '', domain };
  return { domain };
}

function Lines({ className, lines }: { className: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** One of the four checks: what it is, its status in colour and words, the verdict, the fix; the technical part folded. */
export function DomainCheckCard({ item, domain }: { item: DomainCheckItem; domain: string }) {
  const { t } = useTranslation();
  const key = KEY[item.check];
  const notChecked = item.status === 'not-checked';
  const base = `domain.findings.${key}.${item.finding}`;
  const values = verdictValues(item, domain);
  const verdict = notChecked
    ? t('domain.notChecked', { reason: t(`domain.reasons.${item.reason ?? 'network'}`) })
    : // Finding keys are checked by test/unit/mfa-dns.test.ts (every finding worded in fr and en).
      t(`${base}.verdict`, { defaultValue: '', ...values });
  const hasFix = !notChecked && item.status !== 'good';
  const notes = notesOf(item, t);
  // DKIM keys are long and say nothing to a reader; the selectors and their state are listed instead.
  const shownRecords = item.check === 'dkim' ? [] : item.records;
  const lines = technicalLines(item, domain, t);
  return (
    <li className={`card domain-check domain-check--${item.status}`}>
      <div className="split-row">
        <h3 className="domain-check__name">{t(`domain.checks.${key}.name`)}</h3>
        <StatusChip tone={DOMAIN_STATUS_TONES[item.status]} label={t(`domain.summary.${item.status}`)} />
      </div>
      <p className="text-hint">{t(`domain.checks.${key}.what`)}</p>
      <p className="domain-check__verdict">{verdict}</p>
      <Lines className="domain-check__notes" lines={notes} />
      {hasFix ? (
        <p className="domain-check__fix">
          <strong>{t('domain.fixLabel')}</strong> {t(`${base}.fix`, { defaultValue: '', ...values })}
        </p>
      ) : null}
      {shownRecords.length || lines.length ? (
        <ProviderDetails className="domain-check__details">
          <div className="domain-check__records">
            <Lines className="domain-check__technical" lines={lines} />
            {shownRecords.length ? <span className="domain-check__records-label">{t('domain.technical.records')}</span> : null}
            {shownRecords.map((record, index) => (
              <code key={index} className="domain-check__record">
                {record}
              </code>
            ))}
          </div>
        </ProviderDetails>
      ) : null}
    </li>
  );
}
