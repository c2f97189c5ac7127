import { useCallback, useEffect, useRef } from 'react';

/** How long a password and its results stay on screen without typing (front-desk privacy). */
export const IDLE_CLEAR_MS = 60_000;

/**
 * Calls `clear` once `IDLE_CLEAR_MS` have passed since the last `touch()`. `stop()` disarms it
 * (nothing left to clear); the timer also goes with the component.
 */
export function useIdleClear(clear: () => void): { touch(): void; stop(): void } {
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
    }, IDLE_CLEAR_MS);
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { touch, stop };
}
