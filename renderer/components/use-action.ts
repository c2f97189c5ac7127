import { useState } from 'react';
import { toFailureText, type FailureText } from '../api/failure-text.ts';

export interface Action {
  /** It runs now (its button says so and cannot be pressed twice). */
  busy: boolean;
  /** The last run succeeded: what the live region announces. */
  done: boolean;
  /** Why the last run failed, in the user's words. */
  failure: FailureText | null;
  run(work: () => Promise<void>): Promise<void>;
}

/** A button's action on a panel (check the domain, detect the providers): busy, then done or why not. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setDone(false);
    setFailure(null);
    try {
      await work();
      setDone(true);
    } catch (error) {
      setFailure(toFailureText(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, done, failure, run };
}
