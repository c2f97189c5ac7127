import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.tsx';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';

/** File formats are names, not words: the same in every language. */
const FORMATS = [
  { key: 'pdf', name: 'PDF' },
  { key: 'json', name: 'JSON' },
  { key: 'csv', name: 'CSV' },
] as const;

export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('pages.reports.title')} lead={t('pages.reports.lead')} />
      <EmptyState
        what={[
          t('pages.reports.what.item1'),
          t('pages.reports.what.item2'),
          t('pages.reports.what.item3'),
        ]}
        why={t('pages.reports.why')}
      >
        <Panel title={t('pages.reports.formats.title')} icon="reports">
          <dl className="formats">
            {FORMATS.map((format) => (
              <div key={format.key} className="formats__item">
                <dt className="formats__name">
                  <Icon name="file" className="formats__icon" />
                  <span>{format.name}</span>
                </dt>
                <dd className="formats__use">{t(`pages.reports.formats.${format.key}`)}</dd>
              </div>
            ))}
          </dl>
        </Panel>
      </EmptyState>
    </>
  );
}
