import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServicesSettings as Services } from '../../../electron/core/api/schemas/services.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { HibpKeySection } from './HibpKeySection.tsx';
import { ServiceUrlsSection } from './ServiceUrlsSection.tsx';

type State = { status: 'loading' } | { status: 'ready'; settings: Services } | { status: 'failed'; failure: FailureText };

/** The breach services: the HIBP key (kept in the keychain) and where the checks are sent. */
export function ServicesSettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    api.services.get().then(
      (settings) => {
        if (!cancelled) setState({ status: 'ready', settings });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', failure: toFailureText(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(load, [load]);

  const onSettings = (settings: Services) => {
    setState({ status: 'ready', settings });
    onChanged();
  };

  return (
    <Panel title={t('services.title')} icon="breaches">
      <p className="prose prose--muted">{t('services.lead')}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('services.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void load()} />
      ) : (
        <>
          <HibpKeySection settings={state.settings} onSettings={onSettings} onTested={onChanged} />
          <ServiceUrlsSection settings={state.settings} onSettings={onSettings} />
        </>
      )}
    </Panel>
  );
}
