import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { pathOf, type PageId } from '../../app/navigation.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';

const STEPS = [
  { key: 'step1', pages: ['breaches'] },
  { key: 'step2', pages: ['mfa', 'passwords'] },
  { key: 'step3', pages: ['walkthrough'] },
  { key: 'step4', pages: ['reports'] },
] as const satisfies readonly { key: string; pages: readonly PageId[] }[];

/** For a practice that has not listed anyone yet: the four steps, and why they matter. */
export function HowItWorks() {
  const { t } = useTranslation();
  return (
    <>
      <Panel title={t('dashboard.how.title')}>
        <p className="prose prose--muted">{t('dashboard.how.lead')}</p>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step.key} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="steps__content">
                <h3 className="steps__title">{t(`dashboard.how.${step.key}.title`)}</h3>
                <p className="prose">{t(`dashboard.how.${step.key}.body`)}</p>
                <p className="steps__links">
                  {step.pages.map((page) => (
                    <Link key={page} href={pathOf(page)} className="text-link">
                      <span>{t('dashboard.how.goTo', { page: t(`nav.${page}`) })}</span>
                      <Icon name="arrowRight" className="text-link__icon" />
                    </Link>
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </Panel>
      <Panel title={t('dashboard.why.title')} icon="bulb" tone="quiet">
        <p className="prose">{t('dashboard.why.body')}</p>
      </Panel>
    </>
  );
}
