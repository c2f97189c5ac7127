import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { BackupInfo, StoreStatus } from '../../electron/core/model/schemas/store-status.ts';
import { api } from '../api/client.ts';
import { toFailureText, type FailureText } from '../api/failure-text.ts';
import { focusPageTitle } from '../components/page-title.ts';
import { Splash } from '../components/Splash.tsx';
import { PracticeSetupScreen } from '../pages/setup/PracticeSetupScreen.tsx';
import { RestoreScreen } from '../pages/setup/RestoreScreen.tsx';
import { StoreProblemScreen } from '../pages/setup/StoreProblemScreen.tsx';
import { setPracticeType } from '../i18n/place-words.ts';
import { createAppRouter } from './routes.tsx';

type GateState =
  | { step: 'checking' }
  | { step: 'problem'; failure: FailureText; backups: readonly BackupInfo[] }
  | { step: 'setup' }
  /** "Restore on a new computer", from the first-run setup or the problem screen (`back` returns there). */
  | { step: 'restore'; back: GateState }
  /** `arrived`: the app opens after a screen of the gate (setup, problem), not at start. */
  | { step: 'app'; arrived: boolean };

type Outcome = 'opened' | 'unavailable';

/** The app itself; the router is created when the app first shows, on the route then in the URL. */
function OpenApp({ arrived }: { arrived: boolean }) {
  const [router] = useState(createAppRouter);
  const { i18n } = useTranslation();
  useEffect(() => {
    // Coming from a full-window screen, the focused control is gone: land on the page's title.
    if (arrived) focusPageTitle();
  }, [arrived]);
  useEffect(() => {
    // The pages name the practice by its type ("votre pharmacie"); "cabinet" until it is known.
    api.practice.get().then(
      (practice) => setPracticeType(i18n, practice?.profession ?? null),
      () => {},
    );
  }, [i18n]);
  return <RouterProvider router={router} />;
}

/**
 * Before the app: is the encrypted store usable? Splash while asking; if not, say why (and offer
 * Retry and the backups); if it is but the practice is not set up, the first-run setup; else the app.
 */
export function StoreGate() {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ step: 'checking' });
  const current = useRef(state);
  current.current = state;

  const apply = useCallback((status: StoreStatus): Outcome => {
    const arrived = current.current.step !== 'checking';
    if (status.state === 'unavailable') {
      setState({ step: 'problem', failure: status.error, backups: status.backups });
      return 'unavailable';
    }
    if (!status.practiceConfigured) setState({ step: 'setup' });
    else setState({ step: 'app', arrived });
    return 'opened';
  }, []);

  const check = useCallback(async (): Promise<Outcome> => {
    try {
      return apply(await api.store.status());
    } catch (error) {
      // The question itself failed (no bridge, an engine bug): the same screen, without backups.
      setState({ step: 'problem', failure: toFailureText(error), backups: [] });
      return 'unavailable';
    }
  }, [apply]);

  const restore = useCallback(
    async (backupId: string): Promise<Outcome> => apply(await api.store.restoreBackup({ backupId })),
    [apply],
  );

  useEffect(() => {
    void check();
  }, [check]);

  switch (state.step) {
    case 'checking':
      return <Splash brand={t('app.name')} />;
    case 'problem':
      return (
        <StoreProblemScreen
          failure={state.failure}
          backups={state.backups}
          retry={check}
          restore={restore}
          onRestoreWithKit={() => setState({ step: 'restore', back: state })}
        />
      );
    case 'restore':
      return <RestoreScreen onRestored={(status) => void apply(status)} onBack={() => setState(state.back)} />;
    case 'setup':
      return (
        <PracticeSetupScreen
          onRestore={() => setState({ step: 'restore', back: state })}
          onDone={() => {
            // First run ends on the Dashboard, whatever the address said before.
            window.history.replaceState(null, '', '#/');
            setState({ step: 'app', arrived: true });
          }}
        />
      );
    case 'app':
      return <OpenApp arrived={state.arrived} />;
  }
}
