import { useCallback, useEffect, useRef } from 'react';

/** How long a password and its results stay on screen without typing (front-desk privacy). */
export const IDLE_CLEAR_MS = 60_000;

/**
 * How long the person's screen (their accounts and stored verdicts) stays without any keyboard or
 * pointer activity on the page. Shorter than the engine's 15-minute sitting timeout: someone
 * who walked away should not leave their accounts on a front-desk screen.
 */
export const SITTING_IDLE_MS = 5 * 60_000;

/** What counts as someone still at the desk. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/**
 * Calls `clear` once `timeoutMs` (default `IDLE_CLEAR_MS`) have passed since the last `touch()`.
 * `stop()` disarms it (nothing left to clear); the timer also goes with the component.
 */
export function useIdleClear(clear: () => void, timeoutMs: number = IDLE_CLEAR_MS): { touch(): void; stop(): void } {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(clear);
  latest.current = clear;

  const stop = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  const touch = useCallback(() => {
    stop();
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current();
    }, timeoutMs);
  }, [stop, timeoutMs]);

  useEffect(() => stop, [stop]);
  return { touch, stop };
}

/**
 * Calls `onIdle` once `timeoutMs` have passed without a key pressed or the pointer used anywhere
 * on the page, counting from when the component appears.
 */
export function useIdleWithoutActivity(onIdle: () => void, timeoutMs: number): void {
  const { touch } = useIdleClear(onIdle, timeoutMs);
  useEffect(() => {
    touch();
    // Capture: a component that stops propagation still counts as activity.
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, touch, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, touch, { capture: true });
    };
  }, [touch]);
}
