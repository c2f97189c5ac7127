import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { PracticeForm } from '../setup/PracticeForm.tsx';

/** The practice profile, as entered at first run, to correct or complete; and its policy. */
export function PracticeSettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.practice.get);

  return (
    <Panel title={t('settings.practice.title')} icon="file">
      <p className="prose prose--muted">{t('settings.practice.lead')}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('settings.practice.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : (
        <PracticeForm
          initial={state.value}
          submitLabel={t('practice.save')}
          savedMessage={t('practice.saved')}
          onSaved={onChanged}
        />
      )}
    </Panel>
  );
}
