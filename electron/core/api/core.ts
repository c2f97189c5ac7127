import { createCoreJobs, type CoreJobOptions } from './core-jobs.ts';
import { coreUserAgent, type CoreEnvironment } from './core-environment.ts';
import { createHandlers } from './handlers.ts';
import { createPasswordSittings, type PasswordCoreOptions } from './handlers/password.ts';
import { createRouter, type Logger, type Router } from './router.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { createSecretCopier, type SecretCopier, type SecretCopierOptions } from './secret-copier.ts';
import { createBreachWatcher, type BreachWatcher, type BreachWatcherOptions } from './breach-watcher.ts';

// One core: the job runner, the handlers and the router, wired so that job progress reaches
// whoever listens to the router (the main process's window, the e2e harness, a test).
// The desktop app, the tests and the browser harness all build theirs here.

export interface Core {
  router: Router;
  jobs: JobRunner;
  /** Secrets copied through clipboard.copySecret: the desktop app erases one still there when it quits. */
  secretCopier: SecretCopier;
  /** The daily watch for new breaches and due re-checks: the desktop app starts it; tests run it by hand. */
  watcher: BreachWatcher;
  /** Stops running jobs without marking them (they resume at the next start), then closes the store. */
  close(): Promise<void>;
}

export interface CoreOptions {
  jobs?: CoreJobOptions;
  /** The password audit's sittings and pwned check (tests: a virtual clock, short timeouts). */
  password?: PasswordCoreOptions;
  /** How long a copied secret stays on the clipboard (tests: seconds). */
  clipboard?: SecretCopierOptions;
  /** The watch's clock and /latestbreach deadline (tests). */
  watch?: Pick<BreachWatcherOptions, 'now' | 'timeoutMs' | 'intervalMs' | 'firstRunDelayMs'>;
}

export function createCore(environment: CoreEnvironment, logger: Logger = console, options: CoreOptions = {}): Core {
  let router: Router | undefined;
  let watcher: BreachWatcher | undefined;
  const userAgent = coreUserAgent(environment.appInfo);
  const jobs = createCoreJobs(
    environment,
    userAgent,
    (event) => {
      router?.emitJobEvent(event);
      watcher?.jobFinished(event);
    },
    logger,
    options.jobs,
  );
  watcher = createBreachWatcher({ environment, jobs, userAgent, logger, ...options.watch });
  // The password sittings live as long as the core; closing it wipes their keys.
  const sittings = createPasswordSittings(options.password);
  const secretCopier = createSecretCopier(environment.clipboard, options.clipboard);
  router = createRouter(createHandlers(environment, { userAgent, jobs, password: { ...options.password, sittings }, secretCopier }), logger);
  return {
    router,
    jobs,
    secretCopier,
    watcher,
    close: async () => {
      watcher.stop();
      sittings.endAll();
      await secretCopier.flush();
      await jobs.close();
      environment.store.close();
    },
  };
}
