import { useCallback, useEffect, useRef, useState } from 'react';
import { toFailureText, type FailureText } from '../api/failure-text.ts';

export interface RunOptions<Label extends string> {
  /** Which of the panel's buttons runs ('saving', 'clearing'…): read back as `pending`. */
  label?: Label;
  /**
   * Acts on an error before it is shown (marks the fields the engine refused…) and may say what to
   * show instead: nothing returned shows the error's own texts, null shows nothing. Called for
   * every error, even one that comes after the run was superseded (`current` false): some must be
   * acted on whatever the screen shows (a sitting the engine ended).
   */
  failed?: (error: unknown, current: boolean) => FailureText | null | void;
}

export interface Action<Label extends string = string> {
  /** It runs now (its button says so and cannot be pressed twice). */
  busy: boolean;
  /** The label of the run under way; null when none runs, or it has none. */
  pending: Label | null;
  /** The last run succeeded: what the live region announces. */
  done: boolean;
  /** Why the last run failed, in the user's words. */
  failure: FailureText | null;
  /**
   * Runs `work`, with busy, then done or failure. Only the latest run updates the screen: a new
   * run, `cancel`, `reset` or the component going drop an earlier one's outcome. `current` says
   * whether this run still counts (work checks it before showing what it got). Resolves with
   * work's value, or undefined when it failed or no longer counts; never rejects.
   */
  run<T>(work: (current: () => boolean) => Promise<T>, options?: RunOptions<Label>): Promise<T | undefined>;
  /** Drops the run under way (it is no longer busy, its outcome is not shown); what is shown stays. */
  cancel(): void;
  /** Drops the run under way and what is shown (done, failure). */
  reset(): void;
  /** Shows a failure met elsewhere (a job that stopped, a check made on this side), or null to take it away; a run under way goes on. */
  fail(failure: FailureText | null): void;
}

interface Shown<Label> {
  running: boolean;
  label: Label | null;
  done: boolean;
  failure: FailureText | null;
}

const IDLE = { running: false, label: null, done: false, failure: null } as const;

/**
 * The one way a view runs something the user asked for (save, check, start, remove…) and says how
 * it went: busy while it runs, then done or why not. Workflows in hooks use it too.
 */
export function useAction<Label extends string = string>(): Action<Label> {
  const [shown, setShown] = useState<Shown<Label>>(IDLE);
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current += 1; // the component is gone: nothing may update it any more
    },
    [],
  );

  const run = useCallback(async <T>(work: (current: () => boolean) => Promise<T>, options: RunOptions<Label> = {}) => {
    const ticket = ++latest.current;
    const current = () => ticket === latest.current;
    setShown({ running: true, label: options.label ?? null, done: false, failure: null });
    try {
      const value = await work(current);
      if (!current()) return undefined;
      setShown({ ...IDLE, done: true });
      return value;
    } catch (error) {
      const chosen = options.failed?.(error, current());
      if (current()) setShown({ ...IDLE, failure: chosen === undefined ? toFailureText(error) : chosen });
      return undefined;
    }
  }, []);

  const cancel = useCallback(() => {
    latest.current += 1;
    setShown((before) => (before.running ? { ...before, running: false, label: null } : before));
  }, []);

  const reset = useCallback(() => {
    latest.current += 1;
    setShown(IDLE);
  }, []);

  const fail = useCallback((failure: FailureText | null) => setShown((before) => ({ ...before, done: failure === null && before.done, failure })), []);

  return { busy: shown.running, pending: shown.label, done: shown.done, failure: shown.failure, run, cancel, reset, fail };
}
