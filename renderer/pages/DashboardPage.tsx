import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { pathOf, type PageId } from '../app/navigation.ts';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { StatusChip } from '../components/StatusChip.tsx';

const STEPS = [
  { key: 'step1', pages: ['breaches'] },
  { key: 'step2', pages: ['mfa', 'passwords'] },
  { key: 'step3', pages: ['walkthrough'] },
  { key: 'step4', pages: ['reports'] },
] as const satisfies readonly { key: string; pages: readonly PageId[] }[];

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.dashboard.title')} lead={t('pages.dashboard.lead')} />

      <div className="summary-grid">
        <Panel
          title={t('pages.dashboard.score.title')}
          aside={<StatusChip tone="neutral" label={t('status.notCalculated')} />}
        >
          <div className="score-empty">
            <span className="score-empty__dial" aria-hidden="true" />
            <p className="prose">{t('pages.dashboard.score.body')}</p>
          </div>
        </Panel>
        <Panel
          title={t('pages.dashboard.nextActions.title')}
          aside={<StatusChip tone="info" label={t('status.comingSoon')} />}
        >
          <p className="prose">{t('pages.dashboard.nextActions.body')}</p>
        </Panel>
      </div>

      <Panel title={t('pages.dashboard.how.title')}>
        <p className="prose prose--muted">{t('pages.dashboard.how.lead')}</p>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step.key} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="steps__content">
                <h3 className="steps__title">{t(`pages.dashboard.how.${step.key}.title`)}</h3>
                <p className="prose">{t(`pages.dashboard.how.${step.key}.body`)}</p>
                <p className="steps__links">
                  {step.pages.map((page) => (
                    <Link key={page} href={pathOf(page)} className="text-link">
                      <span>{t('pages.dashboard.how.goTo', { page: t(`nav.${page}`) })}</span>
                      <Icon name="arrowRight" className="text-link__icon" />
                    </Link>
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </Panel>

      <Panel title={t('pages.dashboard.why.title')} icon="bulb" tone="quiet">
        <p className="prose">{t('pages.dashboard.why.body')}</p>
      </Panel>
    </>
  );
}
