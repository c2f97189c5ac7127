import { useTranslation } from 'react-i18next';
import type { Corpus } from '../../../electron/core/model/schemas/corpora.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { CorpusImportForm } from './CorpusImportForm.tsx';
import { CorpusList } from './CorpusList.tsx';
import { PwnedMirrorSection } from './PwnedMirrorSection.tsx';

interface LocalSourcesSettingsProps {
  onChanged(): void;
  /** Changes when another panel saved something (e.g. the Pwned Passwords address). */
  refreshKey?: unknown;
}

/** Breach sources on this computer: imported lists of breached addresses, and a local Pwned Passwords copy. */
export function LocalSourcesSettings({ onChanged, refreshKey }: LocalSourcesSettingsProps) {
  const { t } = useTranslation();
  const corpora = useLoad(api.corpora.list, refreshKey);
  const services = useLoad(api.services.get, refreshKey);

  const listChanged = (update: (list: Corpus[]) => Corpus[]) => {
    if (corpora.state.status === 'ready') corpora.set(update(corpora.state.value));
    onChanged();
  };

  return (
    <Panel title={t('sources.title')} icon="file">
      <p className="prose prose--muted">{t('sources.lead')}</p>
      {corpora.state.status === 'loading' ? (
        <p className="prose prose--muted">{t('sources.loading')}</p>
      ) : corpora.state.status === 'failed' ? (
        <ErrorBanner error={corpora.state.failure} onRetry={() => void corpora.reload()} />
      ) : (
        <>
          <CorpusList
            corpora={corpora.state.value}
            onRemoved={(removed) => listChanged((list) => list.filter((corpus) => corpus.id !== removed.id))}
          />
          <CorpusImportForm onImported={onChanged} />
        </>
      )}
      {services.state.status === 'ready' ? (
        <PwnedMirrorSection
          settings={services.state.value}
          onSettings={(next) => {
            services.set(next);
            onChanged();
          }}
        />
      ) : services.state.status === 'failed' ? (
        <ErrorBanner error={services.state.failure} onRetry={() => void services.reload()} />
      ) : null}
    </Panel>
  );
}
