import { useCallback, useMemo, useRef, useState } from 'react';
import type { BreachResults, PersonResult } from '../../../electron/core/model/schemas/breach-check.ts';
import { api } from '../../api/client.ts';
import { useLoad, type LoadState } from '../../app/use-load.ts';
import { withPersons } from './person-update.ts';

/** An answer, with when it was asked: of two answers about one person, the later question wins. */
interface Asked<T> {
  asked: number;
  value: T;
}

export interface BreachResultsView {
  state: LoadState<BreachResults>;
  /** Reads everything again (the page opens, a check starts or ends). */
  reload: () => Promise<void>;
  /** Reads again only the person who owns this mailbox account (a check has just finished it). */
  refreshAccount: (accountId: string) => Promise<void>;
}

/**
 * What the Breaches page shows: every person's results, read when the page opens and again when
 * a check starts or ends; in between, as each address is checked, only its person is read again
 * and put in place, so a check of N addresses costs N small reads, not N full ones.
 */
export function useBreachResults(): BreachResultsView {
  const questions = useRef(0);
  const readAll = useCallback(async (): Promise<Asked<BreachResults>> => {
    const asked = ++questions.current;
    return { asked, value: await api.breach.results() };
  }, []);
  const load = useLoad(readAll);
  const [people, setPeople] = useState<ReadonlyMap<string, Asked<PersonResult>>>(new Map());

  const reloadRef = useRef(load.reload);
  reloadRef.current = load.reload;
  const reload = useCallback(() => reloadRef.current(), []);

  const state = useMemo((): LoadState<BreachResults> => {
    if (load.state.status !== 'ready') return load.state;
    const { asked, value } = load.state.value;
    // A person read after the full answer was asked is newer than what it says of them.
    const newer = [...people.values()].filter((person) => person.asked > asked).map((person) => person.value);
    return { status: 'ready', value: withPersons(value, newer) ?? value };
  }, [load.state, people]);
  const shown = useRef(state);
  shown.current = state;

  const refreshAccount = useCallback(
    async (accountId: string) => {
      const asked = ++questions.current;
      let person: PersonResult | null;
      try {
        ({ person } = await api.breach.person({ accountId }));
      } catch {
        // Read everything instead: if the engine cannot answer that either, the page says why.
        return reload();
      }
      const current = shown.current;
      // Gone from the roster, or not on the page yet: only a full read shows it right.
      if (!person || (current.status === 'ready' && withPersons(current.value, [person]) === null)) return reload();
      const read = person;
      setPeople((before) => {
        const known = before.get(read.staffId);
        if (known && known.asked > asked) return before;
        return new Map(before).set(read.staffId, { asked, value: read });
      });
    },
    [reload],
  );

  return { state, reload, refreshAccount };
}
