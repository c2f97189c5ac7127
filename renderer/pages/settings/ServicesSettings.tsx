import { useTranslation } from 'react-i18next';
import type { ServicesSettings as Services } from '../../../electron/core/model/schemas/services.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { HibpKeySection } from './HibpKeySection.tsx';
import { ServiceUrlsSection } from './ServiceUrlsSection.tsx';

/** The breach services: the HIBP key (kept in the keychain) and where the checks are sent. */
export function ServicesSettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.services.get);

  const onSettings = (settings: Services) => {
    set(settings);
    onChanged();
  };

  return (
    <Panel title={t('services.title')} icon="breaches">
      <p className="prose prose--muted">{t('services.lead')}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('services.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : (
        <>
          <HibpKeySection settings={state.value} onSettings={onSettings} onTested={onChanged} />
          <ServiceUrlsSection settings={state.value} onSettings={onSettings} />
        </>
      )}
    </Panel>
  );
}
