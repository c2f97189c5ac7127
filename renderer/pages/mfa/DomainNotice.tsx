import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../app/use-load.ts';
import { Icon } from '../../components/Icon.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { domainSummary } from '../settings/domain-status.ts';
import { loadDomain } from '../settings/load-domain.ts';
import { settingsTabPath } from '../settings/settings-tabs.ts';

/**
 * The e-mail domain's checks live in Settings, for the IT provider; here, one sentence when they
 * found something to review or could not be read (never checked reads as such, not as fine), with
 * the way to the details. Nothing when all is well, or when the practice has no domain of its own.
 */
export function DomainNotice() {
  const { t } = useTranslation();
  const { state } = useLoad(loadDomain);
  if (state.status !== 'ready') return null;
  const { practice, result } = state.value;
  const domain = practice?.emailDomain ?? null;
  if (!domain || result?.skipped) return null;
  const summary = result ? domainSummary(result) : null;
  const toReview = summary !== null && summary.toReview > 0;
  if (!toReview && summary !== null && summary.notChecked === 0) return null;
  const sentence = toReview
    ? t('mfa.domain.toReview', { count: summary.toReview, domain })
    : summary
      ? t('mfa.domain.partlyNotChecked', { count: summary.notChecked, domain })
      : t('mfa.domain.notChecked', { domain });
  return (
    <div className="callout mfa-domain-notice" data-state={toReview ? 'to-review' : 'not-checked'}>
      <StatusChip tone={toReview ? 'warning' : 'neutral'} label={toReview ? t('mfa.domain.toReviewChip') : t('mfa.domain.notCheckedChip')} />
      <p className="mfa-domain-notice__text">
        {sentence}{' '}
        <Link href={settingsTabPath('provider', 'domain')} className="text-link">
          <span>{t('mfa.domain.link')}</span>
          <Icon name="arrowRight" className="text-link__icon" />
        </Link>
      </p>
    </div>
  );
}
