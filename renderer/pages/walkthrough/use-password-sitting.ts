import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';

/**
 * The password sitting of the person going through the walkthrough: begun when their walkthrough
 * opens, so the mailbox and amelipro password steps are compared with each other ("same password
 * as the mailbox"), and ended when they leave it (the engine wipes its key then).
 * `renew` starts a new one after the engine ended it (15 minutes idle).
 */
export function usePasswordSitting(staffId: string): { sittingId: string | null; renew(): void } {
  const [sittingId, setSittingId] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const current = useRef<string | null>(null);

  useEffect(() => {
    let left = false;
    void api.password
      .beginSitting({ staffId })
      .then((sitting) => {
        if (left) {
          void api.password.endSitting({ sittingId: sitting.sittingId }).catch(() => undefined);
          return;
        }
        current.current = sitting.sittingId;
        setSittingId(sitting.sittingId);
      })
      // No sitting: the step shows its texts and answers without the checker.
      .catch(() => setSittingId(null));
    return () => {
      left = true;
      const open = current.current;
      current.current = null;
      if (open) void api.password.endSitting({ sittingId: open }).catch(() => undefined);
    };
  }, [staffId, generation]);

  const renew = useCallback(() => {
    current.current = null;
    setSittingId(null);
    setGeneration((value) => value + 1);
  }, []);

  return { sittingId, renew };
}
