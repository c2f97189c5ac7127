import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffMember } from '../../../electron/core/api/schemas/staff.ts';
import { api } from '../../api/client.ts';
import { toFailureText, type FailureText } from '../../api/failure-text.ts';

export type RosterState =
  | { status: 'loading' }
  | { status: 'ready'; members: StaffMember[] }
  | { status: 'failed'; failure: FailureText };

/**
 * The roster as the engine holds it. `reload` keeps the current list on screen while the new
 * one is fetched (no flash of "loading" after each save); only the latest answer is kept.
 */
export function useRoster(): { state: RosterState; reload: () => Promise<void> } {
  const [state, setState] = useState<RosterState>({ status: 'loading' });
  const latest = useRef(0);
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const members = await api.staff.list();
      if (mounted.current && request === latest.current) setState({ status: 'ready', members });
    } catch (error) {
      if (mounted.current && request === latest.current) setState({ status: 'failed', failure: toFailureText(error) });
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  const retry = useCallback(async () => {
    setState({ status: 'loading' });
    await reload();
  }, [reload]);

  return { state, reload: state.status === 'failed' ? retry : reload };
}
