import { planBreachCheck } from '../breach/check-staff-job.ts';
import { runWatch, type RecheckTrigger, type WatchRunResult } from '../breach/new-breach-watch.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { HygieError } from '../model/hygie-error.ts';
import type { JobEvent } from '../model/job-event.ts';
import { BREACH_JOB_KIND } from '../model/job-kinds.ts';
import { PreferencesFile } from '../settings/preferences-file.ts';
import type { Store } from '../store/store.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, plural, type Language } from '../text/template.ts';
import type { CoreEnvironment } from './core-environment.ts';
import type { Logger } from './router.ts';

// The desktop app's watch while it is open (breach/new-breach-watch.ts says what one run does):
// a run a minute after the store opens (the first page loads first), then a look every hour, each
// part doing its work at most once a day. A re-check it starts is the usual breach job; when one ends, what it found that was not
// known before (a breach, a stealer-log website) becomes a desktop notification. The tests call
// runNow() and jobFinished() themselves; nothing runs on a timer until start().

export interface BreachWatcherOptions {
  environment: CoreEnvironment;
  jobs: JobRunner;
  userAgent: string;
  logger?: Logger;
  now?: () => Date;
  /** Between two looks (default one hour). */
  intervalMs?: number;
  /** From the store's opening to the first look (default one minute). */
  firstRunDelayMs?: number;
  /** /latestbreach's deadline (tests: short). */
  timeoutMs?: number;
}

export interface BreachWatcher {
  /** Runs at each store opening and every intervalMs after; idempotent. */
  start(): void;
  stop(): void;
  /** One run now, on the store (opened if needed). */
  runNow(): Promise<WatchRunResult>;
  /** Told of every job event: a re-check's end may become a notification. */
  jobFinished(event: JobEvent): void;
}

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/** Params the watch gives the re-check jobs it starts (the breach job reads force and retry). */
interface RecheckParams {
  force: true;
  retry: false;
  trigger: RecheckTrigger;
}

function isRecheck(params: unknown): params is RecheckParams {
  return typeof params === 'object' && params !== null && 'trigger' in params;
}

export function createBreachWatcher(options: BreachWatcherOptions): BreachWatcher {
  const { environment, jobs } = options;
  const host = environment.store;
  const logger = options.logger ?? console;
  const now = options.now ?? (() => new Date());
  let timer: ReturnType<typeof setInterval> | undefined;
  let firstRun: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;
  let current: Store | undefined;
  let running: Promise<WatchRunResult> | undefined;

  async function language(): Promise<Language> {
    try {
      const saved = (await new PreferencesFile(environment.preferencesDir ?? environment.dataDir).read()).language;
      return saved === 'en' ? 'en' : 'fr';
    } catch {
      return 'fr';
    }
  }

  function startRecheck(store: Store, hasKey: boolean, trigger: RecheckTrigger, at: Date): string | null {
    try {
      const { items } = planBreachCheck(store, { force: true, hasKey, now: at });
      if (items.length === 0) return null;
      const params: RecheckParams = { force: true, retry: false, trigger };
      return jobs.start(store, BREACH_JOB_KIND, params, items).id;
    } catch (error) {
      // One re-check at a time; nobody or no source to check is nothing to start.
      if (error instanceof HygieError && ['job-already-running', 'breach-no-staff', 'breach-no-source'].includes(error.code)) return null;
      throw error;
    }
  }

  async function run(store: Store): Promise<WatchRunResult> {
    const at = now();
    const hasKey = (await host.secrets.get('hibp-api-key')) !== null;
    const words = TEXTS[await language()].notifications;
    return runWatch(store, {
      now: at,
      userAgent: options.userAgent,
      hasKey,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      startRecheck: (trigger) => startRecheck(store, hasKey, trigger, at),
      notify: (notice) => environment.notify?.({ title: words.newBreachNoKey.title, body: fill(words.newBreachNoKey.body, { breach: notice.title }) }),
    });
  }

  /** One run at a time: a look that comes while one runs waits for it. */
  function runOn(store: Store): Promise<WatchRunResult> {
    running ??= run(store).finally(() => {
      running = undefined;
    });
    return running;
  }

  function tick(): void {
    if (!current?.db.open) return;
    void runOn(current).catch((error: unknown) => logger.error('hygie: the breach watch failed', error));
  }

  async function tellNews(jobId: string): Promise<void> {
    const store = await host.open();
    const job = store.jobs.get(jobId);
    if (!job || !isRecheck(job.params)) return;
    // New: first found by this job (the store's clock stamped both the job and its results).
    const breaches = store.breachResults.newBreachesSince(job.startedAt).size;
    const stealerLogs = store.domainSearch.stealerLogSitesSince(job.startedAt).length;
    if (breaches === 0 && stealerLogs === 0) return;
    const lang = await language();
    const words = TEXTS[lang].notifications.newFindings;
    const lines = [
      ...(breaches > 0 ? [fill(plural(words.breaches, breaches, lang), { count: breaches })] : []),
      ...(stealerLogs > 0 ? [fill(plural(words.stealerLogs, stealerLogs, lang), { count: stealerLogs })] : []),
      words.where,
    ];
    environment.notify?.({ title: words.title, body: lines.join(' ') });
  }

  return {
    start() {
      if (timer) return;
      unsubscribe = host.onOpen((store) => {
        current = store;
        if (firstRun) clearTimeout(firstRun);
        firstRun = setTimeout(tick, options.firstRunDelayMs ?? MINUTE_MS);
        firstRun.unref?.();
      });
      timer = setInterval(tick, options.intervalMs ?? HOUR_MS);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      if (firstRun) clearTimeout(firstRun);
      timer = undefined;
      firstRun = undefined;
      unsubscribe?.();
      unsubscribe = undefined;
    },
    async runNow() {
      return runOn(await host.open());
    },
    jobFinished(event) {
      if (event.type !== 'finished' || event.kind !== BREACH_JOB_KIND || event.outcome !== 'completed' || !environment.notify) return;
      void tellNews(event.jobId).catch((error: unknown) => logger.error('hygie: the re-check news could not be told', error));
    },
  };
}
