import { useCallback, useEffect, useRef, useState } from 'react';
import type { PasswordAssessment, PasswordCheckResult } from '../../../electron/core/model/schemas/password.ts';
import { ApiFailure, api } from '../../api/client.ts';
import { toFailureText } from '../../api/failure-text.ts';
import { useAction } from '../../components/use-action.ts';
import { useIdleClear } from './use-idle-clear.ts';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const ASSESS_DEBOUNCE_MS = 250;
/**
 * The full check (breach lookup, reuse) starts by itself once typing stops this long: longer than
 * a pause between words, so a half-typed password is rarely looked up; the lookup sends only 5
 * characters of its SHA-1 anyway, and a check still out when typing resumes is dropped by the
 * engine (password.cancelCheck) and stores nothing.
 */
export const AUTO_CHECK_MS = 900;

interface PasswordCheckerOptions {
  staffId: string;
  accountId: string;
  /** The person's sitting: reuse is compared with the other checks made in it. */
  sittingId: string;
  onChecked(result: PasswordCheckResult): void;
  /** The engine ended the sitting (idle, or another person chosen): the host asks for the person again. */
  onSittingEnded?(): void;
}

/**
 * One account's password check: what is typed (kept in the input and this hook only, never in
 * React's props of the DOM), assessed live by the engine once typing pauses, then checked for
 * breaches and reuse; everything cleared after 60 s without typing. Every edit, lockout change,
 * clear and check takes a new request ticket, and an answer (meter or check) is shown only if
 * its ticket is still the latest.
 */
export function usePasswordChecker({ staffId, accountId, sittingId, onChecked, onSittingEnded }: PasswordCheckerOptions) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [lockout, setLockout] = useState(false);
  // The live meter's assessment of what is typed; the full check's is in `result`. Kept apart so an
  // edit drops both and a check's answers (breaches, reuse) never stand for text it did not see.
  const [assessment, setAssessment] = useState<PasswordAssessment | null>(null);
  const [assessing, setAssessing] = useState(false);
  const [result, setResult] = useState<PasswordCheckResult | null>(null);
  const [cleared, setCleared] = useState(false);
  // A new generation remounts the passphrase helper: what it showed goes with the rest.
  const [generation, setGeneration] = useState(0);
  const request = useRef(0);
  const autoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [waiting, setWaiting] = useState(false);
  const checking = useAction();
  const { cancel, reset, fail } = checking;

  const clearAll = useCallback(() => {
    request.current += 1;
    if (inputRef.current) inputRef.current.value = '';
    setPassword('');
    setVisible(false);
    setAssessment(null);
    setAssessing(false);
    setResult(null);
    reset();
    setGeneration((value) => value + 1);
    setCleared(true);
  }, [reset]);
  const idle = useIdleClear(clearAll);

  // A sitting the engine ended is the host's to handle (it asks for the person again, even when the
  // answer comes late), not an error to show.
  const failed = (error: unknown): null | undefined => {
    if (error instanceof ApiFailure && error.code === 'password-sitting-ended' && onSittingEnded) {
      onSittingEnded();
      return null;
    }
    // Typing resumed while it was out: the next check answers instead.
    if (error instanceof ApiFailure && error.code === 'password-check-superseded') return null;
    return undefined;
  };
  const failedRef = useRef(failed);
  failedRef.current = failed;

  // The live meter: the engine assesses what is typed, once typing pauses. Answers to older input are dropped.
  useEffect(() => {
    const ticket = ++request.current;
    if (!password) {
      setAssessment(null);
      setAssessing(false);
      return;
    }
    setAssessing(true);
    const timer = setTimeout(() => {
      api.password
        .assess({ staffId, accountId, lockout, password })
        .then((value) => {
          if (ticket !== request.current) return;
          setAssessment(value);
          fail(null);
        })
        .catch((error: unknown) => {
          if (ticket !== request.current) return;
          if (failedRef.current(error) === undefined) fail(toFailureText(error));
        })
        .finally(() => {
          if (ticket === request.current) setAssessing(false);
        });
    }, ASSESS_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [password, lockout, staffId, accountId, fail]);

  // What was shown answered other input: drop it, and any answer still on its way — the engine
  // drops a check still waiting for the breach lookup too, so it stores nothing.
  const inFlight = useRef(false);
  const changed = () => {
    request.current += 1;
    setAssessment(null);
    setResult(null);
    cancel();
    if (inFlight.current) {
      inFlight.current = false;
      void api.password.cancelCheck({ sittingId, accountId }).catch(() => undefined);
    }
  };

  const typed = (value: string) => {
    changed();
    setPassword(value);
    setCleared(false);
    if (value) idle.touch();
    else idle.stop();
  };

  const chooseLockout = (value: boolean) => {
    changed();
    setLockout(value);
    if (password) idle.touch();
  };

  const toggleVisible = () => {
    setVisible((value) => !value);
    if (password) idle.touch();
  };

  /** `automatic`: started by the pause in typing, which is not activity (the 60 s run from the last key). */
  const check = async (automatic = false) => {
    if (!password || checking.busy) return;
    const ticket = ++request.current;
    // Checked now ("Check", or Enter): the automatic check of the same text is not needed.
    if (autoTimer.current) clearTimeout(autoTimer.current);
    setWaiting(false);
    if (!automatic) idle.touch();
    // The live meter's answer for this text is dropped with the ticket; the check brings its own.
    setAssessing(false);
    inFlight.current = true;
    await checking.run(
      async () => {
        try {
          const checked = await api.password.check({ sittingId, accountId, password, lockout });
          // The verdict is stored either way: the host reloads the person's accounts.
          onChecked(checked);
          if (ticket === request.current) setResult(checked);
        } finally {
          if (ticket === request.current) inFlight.current = false;
        }
      },
      { failed },
    );
  };
  const checkRef = useRef(check);
  checkRef.current = check;

  // The check runs by itself once typing stops: no button to press. An edit restarts the wait.
  useEffect(() => {
    if (!password) {
      setWaiting(false);
      return;
    }
    setWaiting(true);
    const timer = setTimeout(() => {
      setWaiting(false);
      void checkRef.current(true);
    }, AUTO_CHECK_MS);
    autoTimer.current = timer;
    return () => clearTimeout(timer);
  }, [password, lockout]);

  return {
    inputRef,
    password,
    visible,
    lockout,
    /** After "Check", the full check's assessment (breaches and reuse answered); before, the live meter's. */
    shown: result?.assessment ?? assessment,
    assessing,
    /** Typed, the check not started yet: it starts once typing stops. */
    waiting,
    checking: checking.busy,
    result,
    failure: checking.failure,
    cleared,
    generation,
    typed,
    chooseLockout,
    toggleVisible,
    check,
    /** Activity elsewhere in the checker (the passphrase helper) keeps what is typed a while longer. */
    touch: idle.touch,
  };
}
