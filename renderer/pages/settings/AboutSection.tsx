import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';

/** Name, version and data folder of this Hygie. */
export function AboutSection() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.app.info);

  return (
    <Panel title={t('settings.about.title')} icon="info" tone="quiet">
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('settings.about.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : (
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('settings.about.name')}</dt>
            <dd>{state.value.name}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('settings.about.version')}</dt>
            <dd>{state.value.version}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('settings.about.dataDir')}</dt>
            <dd>
              <code className="path">{state.value.dataDir}</code>
              <span className="facts__hint">{t('settings.about.dataDirHint')}</span>
            </dd>
          </div>
        </dl>
      )}
    </Panel>
  );
}
