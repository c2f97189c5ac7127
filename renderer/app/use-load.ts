import { useCallback, useEffect, useRef, useState } from 'react';
import { toFailureText, type FailureText } from '../api/failure-text.ts';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; failure: FailureText };

export interface Load<T> {
  state: LoadState<T>;
  /**
   * Asks again. What is on screen stays there until the answer (no flash of "loading" after
   * each save); after a failure, "loading" shows in place of the error while it retries.
   */
  reload: () => Promise<void>;
  /** A value the engine has just given back (e.g. after a save): shown without asking again. */
  set: (value: T) => void;
}

/**
 * Something read from the engine when the component mounts, and again when `refreshKey`
 * changes or on `reload`. Only the latest answer is kept, and none once the component is gone.
 * `fetch` must keep its identity (a module-level function, or one of `api`'s).
 */
export function useLoad<T>(fetch: () => Promise<T>, refreshKey?: unknown): Load<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const value = await fetch();
      if (request === latest.current) setState({ status: 'ready', value });
    } catch (error) {
      if (request === latest.current) setState({ status: 'failed', failure: toFailureText(error) });
    }
  }, [fetch]);

  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1; // an answer still on its way is for a screen that is gone
    };
  }, [reload, refreshKey]);

  const retry = useCallback(async () => {
    setState({ status: 'loading' });
    await reload();
  }, [reload]);

  const set = useCallback((value: T) => {
    latest.current += 1;
    setState({ status: 'ready', value });
  }, []);

  return { state, reload: state.status === 'failed' ? retry : reload, set };
}
