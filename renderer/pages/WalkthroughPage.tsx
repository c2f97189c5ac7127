import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { StatusChip } from '../components/StatusChip.tsx';

/** Mailbox first: whoever holds it can reset the others (the amelipro chain). */
const STEPS = ['mailbox', 'amelipro', 'proSanteConnect', 'franceConnect'] as const;

export function WalkthroughPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.walkthrough.title')} lead={t('pages.walkthrough.lead')} />
      <EmptyState
        what={[
          t('pages.walkthrough.what.item1'),
          t('pages.walkthrough.what.item2'),
          t('pages.walkthrough.what.item3'),
        ]}
        why={t('pages.walkthrough.why')}
      >
        <Panel title={t('pages.walkthrough.steps.title')} icon="walkthrough">
          <ol className="steps">
            {STEPS.map((step, index) => (
              <li key={step} className="steps__item">
                <span className="steps__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="steps__content">
                  <div className="steps__head">
                    <h3 className="steps__title">{t(`pages.walkthrough.steps.${step}.title`)}</h3>
                    <StatusChip tone="neutral" label={t('status.notStarted')} />
                  </div>
                  <p className="prose">{t(`pages.walkthrough.steps.${step}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </Panel>
      </EmptyState>
    </>
  );
}
