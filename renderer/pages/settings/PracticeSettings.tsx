import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../electron/core/api/schemas/practice.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { PracticeForm } from '../setup/PracticeForm.tsx';

type State =
  | { status: 'loading' }
  | { status: 'ready'; practice: Practice | null }
  | { status: 'failed'; failure: FailureText };

/** The practice profile, as entered at first run, to correct or complete; and its policy. */
export function PracticeSettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    api.practice.get().then(
      (practice) => {
        if (!cancelled) setState({ status: 'ready', practice });
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
    <Panel title={t('settings.practice.title')} icon="file">
      <p className="prose prose--muted">{t('settings.practice.lead')}</p>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('settings.practice.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void load()} />
      ) : (
        <PracticeForm
          initial={state.practice}
          submitLabel={t('practice.save')}
          savedMessage={t('practice.saved')}
          onSaved={onChanged}
        />
      )}
    </Panel>
  );
}
