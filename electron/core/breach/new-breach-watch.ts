import type { Dispatcher } from 'undici';
import type { Store } from '../store/store.ts';
import { servicesSettings } from '../settings/services-settings.ts';
import { breachPersons } from './breach-results.ts';
import { latestBreach } from './hibp/latest-breach.ts';
import { daysSince, lastFullCheckAt, recheckDays } from './recheck-cadence.ts';
import { localCorpusSources } from './local-corpus-source.ts';

// Noticing new breaches without being asked (issue 20, item 3): once a day while Hygie is open,
// one public call (/latestbreach, no key) tells whether HIBP added a breach since the newest one
// Hygie knows (the breach catalogue's newest AddedDate). When it did, and after the staff's last
// full check (or some address was never checked), the staff are checked again — the usual "check all staff" job, paced by the plan's
// rate and resumable — or, without a key, the practice is told a new breach exists and what to do.
// Apart from that, a re-check is due when the last full check is older than the practice's
// cadence. Each part runs at most once a (local) day; the day is kept in the store, so a second
// start the same day asks and starts nothing.

export type RecheckTrigger = 'new-breach' | 'due';

/** What the watch remembers between runs (a setting of the practice's data). */
export interface WatchState {
  /** The local day /latestbreach last answered (YYYY-MM-DD). */
  latestCheckedDay: string | null;
  /** The local day the cadence was last looked at. */
  dueCheckedDay: string | null;
  /** The newest AddedDate known: the catalogue's, then each /latestbreach answer's. */
  knownNewestAddedAt: string | null;
  /** The last /latestbreach answer. */
  latest: { name: string; title: string; addedAt: string; checkedAt: string } | null;
  /** The last attempt that got no answer, with why (kept until one answers). */
  latestFailure: { at: string; reason: string; httpStatus?: number } | null;
  /** Without a key: a breach added since the last full check, for the practice to read; null once dismissed. */
  notice: { name: string; title: string; addedAt: string; noticedAt: string } | null;
  /** The last re-check this watch started. */
  lastRecheck: { jobId: string; trigger: RecheckTrigger; startedAt: string; breach: string | null } | null;
}

const STATE_KEY = 'watch.state';

export const EMPTY_WATCH_STATE: WatchState = {
  latestCheckedDay: null,
  dueCheckedDay: null,
  knownNewestAddedAt: null,
  latest: null,
  latestFailure: null,
  notice: null,
  lastRecheck: null,
};

export function watchState(store: Store): WatchState {
  return { ...EMPTY_WATCH_STATE, ...store.settings.get<Partial<WatchState>>(STATE_KEY, {}) };
}

function saveWatchState(store: Store, state: WatchState): void {
  store.settings.set(STATE_KEY, state);
}

/** The practice read the notice of a new breach (without a key): it is not shown again. */
export function dismissWatchNotice(store: Store): void {
  const state = watchState(store);
  if (state.notice === null) return;
  saveWatchState(store, { ...state, notice: null });
  store.audit.append('watch.notice-dismissed', state.notice.name);
}

/** The local calendar day of an instant (YYYY-MM-DD), as the practice's computer counts days. */
export function localDayOf(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The newest AddedDate of the cached catalogue (null: no catalogue, or none carries it). */
function catalogueNewestAddedAt(store: Store, hibpBaseUrl: string): string | null {
  const cached = store.breachCatalogue.get(hibpBaseUrl);
  let newest: string | null = null;
  for (const breach of cached?.breaches ?? []) if (breach.addedAt && (newest === null || breach.addedAt > newest)) newest = breach.addedAt;
  return newest;
}

export interface WatchRunOptions {
  now: Date;
  /** "Hygie/<version>". */
  userAgent: string;
  /** Whether an HIBP key is set (read by the caller from the keychain; the key itself is not needed). */
  hasKey: boolean;
  /** Starts the "check all staff" job over every address; returns its id, or null when one already runs. */
  startRecheck(trigger: RecheckTrigger): string | null;
  /** Tells the practice (a desktop notification), when the host can. */
  notify?(notice: { kind: 'new-breach-no-key'; title: string }): void;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
}

export interface WatchRunResult {
  /** /latestbreach was asked (false: already today). */
  askedLatest: boolean;
  /** A breach newer than every one known. */
  newBreach: { name: string; title: string; addedAt: string } | null;
  /** The re-check started, if one was. */
  recheck: { jobId: string; trigger: RecheckTrigger } | null;
  /** Without a key: the practice was told of the new breach instead. */
  noticed: boolean;
}

/** One run of the daily watch: each part at most once a local day. */
export async function runWatch(store: Store, options: WatchRunOptions): Promise<WatchRunResult> {
  const { now } = options;
  const today = localDayOf(now);
  const hibpBaseUrl = servicesSettings(store, null).hibpBaseUrl.replace(/\/+$/u, '');
  const result: WatchRunResult = { askedLatest: false, newBreach: null, recheck: null, noticed: false };
  let state = watchState(store);
  const persons = breachPersons(store, { hasKey: options.hasKey });
  const lastFull = lastFullCheckAt(persons);
  const canCheck = options.hasKey || localCorpusSources(store).length > 0;

  const startRecheck = (trigger: RecheckTrigger, breach: string | null): boolean => {
    const jobId = options.startRecheck(trigger);
    if (jobId === null) return false;
    result.recheck = { jobId, trigger };
    state = { ...state, lastRecheck: { jobId, trigger, startedAt: now.toISOString(), breach } };
    return true;
  };

  if (state.latestCheckedDay !== today) {
    result.askedLatest = true;
    const answer = await latestBreach({
      baseUrl: hibpBaseUrl,
      userAgent: options.userAgent,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // The app may have quit while HIBP answered: nothing more is written.
    if (!store.db.open) return result;
    if (!answer.ok) {
      // No answer: the day is not marked, the next run (an hour later) asks again.
      state = { ...state, latestFailure: { at: now.toISOString(), reason: answer.reason, ...(answer.httpStatus !== undefined ? { httpStatus: answer.httpStatus } : {}) } };
    } else {
      const { breach, addedAt } = answer.value;
      const known = state.knownNewestAddedAt ?? catalogueNewestAddedAt(store, hibpBaseUrl);
      // With nothing known yet, the first answer is the baseline: nothing can be called new.
      const isNew = known !== null && addedAt > known;
      state = {
        ...state,
        latestCheckedDay: today,
        latestFailure: null,
        knownNewestAddedAt: known === null || addedAt > known ? addedAt : known,
        latest: { name: breach.name, title: breach.title, addedAt, checkedAt: now.toISOString() },
      };
      // Only a breach added after the last full check can hold what that check did not see (with
      // an address never checked, there is no full check: every new breach counts).
      if (isNew && (lastFull === null || addedAt > lastFull)) {
        result.newBreach = { name: breach.name, title: breach.title, addedAt };
        if (options.hasKey) startRecheck('new-breach', breach.name);
        else {
          state = { ...state, notice: { name: breach.name, title: breach.title, addedAt, noticedAt: now.toISOString() } };
          result.noticed = true;
          options.notify?.({ kind: 'new-breach-no-key', title: breach.title });
        }
      }
    }
  }

  if (state.dueCheckedDay !== today) {
    state = { ...state, dueCheckedDay: today };
    const overdue = lastFull !== null && daysSince(lastFull, now) > recheckDays(store);
    if (overdue && canCheck && result.recheck === null) startRecheck('due', null);
  }

  saveWatchState(store, state);
  if (result.recheck) store.audit.append('watch.recheck', result.recheck.jobId, { trigger: result.recheck.trigger });
  return result;
}
