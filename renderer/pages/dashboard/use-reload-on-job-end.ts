import { useEffect, useRef } from 'react';
import { onJobEvent } from '../../api/client.ts';

/** Calls `reload` each time a job (a breach check, a corpus import…) finishes, whatever its kind. */
export function useReloadOnJobEnd(reload: () => unknown): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    let stop: (() => void) | undefined;
    try {
      stop = onJobEvent((event) => {
        if (event.type === 'finished') latest.current();
      });
    } catch {
      // No bridge: the page's own load shows the failure.
    }
    return () => stop?.();
  }, []);
}
