import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { GoogleDirectorySection } from './GoogleDirectorySection.tsx';
import { MicrosoftDirectorySection } from './MicrosoftDirectorySection.tsx';

/** MFA registration read from the practice's Microsoft 365 or Google Workspace directory. */
export function DirectorySettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.directory.status);
  return (
    <Panel title={t('directory.title')} icon="mfa">
      <p className="prose prose--muted">{t('directory.lead')}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('directory.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : (
        <>
          <MicrosoftDirectorySection status={state.value} onStatus={set} onChanged={onChanged} />
          <GoogleDirectorySection status={state.value} onStatus={set} onChanged={onChanged} />
        </>
      )}
    </Panel>
  );
}
