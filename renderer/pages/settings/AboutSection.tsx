import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../electron/core/api/contract.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';

type AboutState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; failure: FailureText };

/** Name, version and data folder of this Hygie. */
export function AboutSection() {
  const { t } = useTranslation();
  const [state, setState] = useState<AboutState>({ status: 'loading' });

  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    api.app.info().then(
      (info) => {
        if (!cancelled) setState({ status: 'ready', info });
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

  return (
    <Panel title={t('settings.about.title')} icon="info" tone="quiet">
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('settings.about.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void load()} />
      ) : (
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('settings.about.name')}</dt>
            <dd>{state.info.name}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('settings.about.version')}</dt>
            <dd>{state.info.version}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('settings.about.dataDir')}</dt>
            <dd>
              <code className="path">{state.info.dataDir}</code>
              <span className="facts__hint">{t('settings.about.dataDirHint')}</span>
            </dd>
          </div>
        </dl>
      )}
    </Panel>
  );
}
