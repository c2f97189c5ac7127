import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import type { BackupInfo, StoreStatus } from '../../electron/core/model/schemas/store-status.ts';
import { api } from '../api/client.ts';
import { toFailureText, type FailureText } from '../api/failure-text.ts';
import { focusPageTitleOnceShown } from '../components/page-title.ts';
import { Splash } from '../components/Splash.tsx';
import { setPracticeType } from '../i18n/place-words.ts';
import { lazyComponent } from './lazy-component.ts';
import { createAppRouter } from './routes.tsx';

// The gate's full-window screens are met once (first run) or rarely (a store problem, a restore):
// each is loaded when shown, the splash standing in meanwhile.
const PracticeSetupScreen = lazyComponent(async () => (await import('../pages/setup/PracticeSetupScreen.tsx')).PracticeSetupScreen);
const RestoreScreen = lazyComponent(async () => (await import('../pages/setup/RestoreScreen.tsx')).RestoreScreen);
const StoreProblemScreen = lazyComponent(async () => (await import('../pages/setup/StoreProblemScreen.tsx')).StoreProblemScreen);

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
    // Coming from a full-window screen, the focused control is gone: land on the page's title
    // (once it is there: the page's code may still be loading).
    if (arrived) return focusPageTitleOnceShown();
    return undefined;
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

  const splash = <Splash brand={t('app.name')} />;
  let screen;
  switch (state.step) {
    case 'checking':
      screen = splash;
      break;
    case 'problem':
      screen = (
        <StoreProblemScreen
          failure={state.failure}
          backups={state.backups}
          retry={check}
          restore={restore}
          onRestoreWithKit={() => setState({ step: 'restore', back: state })}
        />
      );
      break;
    case 'restore':
      screen = <RestoreScreen onRestored={(status) => void apply(status)} onBack={() => setState(state.back)} />;
      break;
    case 'setup':
      screen = (
        <PracticeSetupScreen
          onRestore={() => setState({ step: 'restore', back: state })}
          onDone={() => {
            // First run ends on the Dashboard, whatever the address said before.
            window.history.replaceState(null, '', '#/');
            setState({ step: 'app', arrived: true });
          }}
        />
      );
      break;
    case 'app':
      screen = <OpenApp arrived={state.arrived} />;
      break;
  }
  return <Suspense fallback={splash}>{screen}</Suspense>;
}
