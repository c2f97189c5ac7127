import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Preferences } from '../../electron/core/model/schemas/preferences.ts';
import type { FailureText } from '../api/failure-text.ts';

interface PreferencesState {
  /** As saved by the engine; null when they could not be read at start. */
  preferences: Preferences | null;
  /** Why they could not be read at start, shown above every page until it is solved. */
  startupFailure: FailureText | null;
  saved(preferences: Preferences): void;
}

const PreferencesContext = createContext<PreferencesState | null>(null);

interface PreferencesProviderProps {
  initial: Preferences | null;
  startupFailure: FailureText | null;
  children: ReactNode;
}

export function PreferencesProvider({ initial, startupFailure, children }: PreferencesProviderProps) {
  const [preferences, setPreferences] = useState(initial);
  const [failure, setFailure] = useState(startupFailure);
  const value = useMemo<PreferencesState>(
    () => ({
      preferences,
      startupFailure: failure,
      saved(next) {
        setPreferences(next);
        setFailure(null); // a successful save proves the engine is reachable again
      },
    }),
    [preferences, failure],
  );
  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): PreferencesState {
  const state = useContext(PreferencesContext);
  if (!state) throw new Error('usePreferences() used outside <PreferencesProvider>');
  return state;
}
