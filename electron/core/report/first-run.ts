import { walkthroughProgress } from '../hardening/walkthrough.ts';
import type { BreachSourceChoice, FirstRunState, FirstRunStatus, FirstRunStep } from '../model/schemas/first-run.ts';
import type { Store } from '../store/store.ts';

// The dashboard's first-run checklist (issue 16, item 1), read from the data itself: the staff
// listed, a key or a list to check breaches with, a check that gave an answer, each person's
// walkthrough finished, a report generated. Only the breach-source choice is recorded, because
// "we will use local lists" or "later" leaves nothing else to see.

const CHOICE_KEY = 'firstRun.breachSourceChoice';

interface StoredChoice {
  choice: BreachSourceChoice;
  at: string;
}

function storedChoice(store: Store): StoredChoice | null {
  return store.settings.get<StoredChoice | null>(CHOICE_KEY, null);
}

/** Record (or forget, with null) how the practice means to check breaches; kept in the journal. */
export function chooseBreachSource(store: Store, choice: BreachSourceChoice | null, now: Date): void {
  store.transaction(() => {
    store.settings.set(CHOICE_KEY, choice ? { choice, at: now.toISOString() } : null);
    store.audit.append('first-run.breach-source', null, { choice: choice ?? 'none' });
  });
}

/** Whether any current person's mailbox has had an answer (breached or clean) from any source. */
function anyMailboxAnswered(store: Store): boolean {
  // mailboxAccounts() holds the active mailboxes of people still on the roster only.
  const accounts = store.breachResults.mailboxAccounts();
  const answered = new Set(
    store.breachResults
      .latestPerSource()
      .filter((row) => row.outcome.status !== 'not-checked')
      .map((row) => row.accountId),
  );
  return accounts.some((account) => answered.has(account.accountId));
}

function breachSourceState(hibpKey: boolean, localLists: number, choice: StoredChoice | null): FirstRunState {
  if (hibpKey || localLists > 0) return 'done';
  return choice?.choice === 'later' ? 'postponed' : 'todo';
}

const step = (id: FirstRunStep['id'], done: boolean, progress: FirstRunStep['progress'] = null): FirstRunStep => ({
  id,
  state: done ? 'done' : 'todo',
  progress,
});

export function firstRunStatus(store: Store, hibpKeySet: boolean): FirstRunStatus {
  const people = store.staff.list().length;
  const localLists = store.corpora.list().length;
  const choice = storedChoice(store);
  const walkthrough = walkthroughProgress(store).practice;
  const steps: FirstRunStep[] = [
    step('practice', store.practice.get() !== null),
    step('staff', people > 0),
    { id: 'breachSource', state: breachSourceState(hibpKeySet, localLists, choice), progress: null },
    step('firstCheck', anyMailboxAnswered(store)),
    step('walkthrough', people > 0 && walkthrough.complete === people, { done: walkthrough.complete, total: people }),
    step('firstReport', store.reports.list().length > 0),
  ];
  return {
    steps,
    complete: steps.every((item) => item.state === 'done'),
    breachSource: { hibpKey: hibpKeySet, localLists, choice: choice?.choice ?? null, choiceAt: choice?.at ?? null },
  };
}
