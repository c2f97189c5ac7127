import { csvDelimiterFor, processLocale } from '../roster/csv-delimiter.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import type { PasswordSittings } from '../password/sitting.ts';
import { createCoreJobs } from './core-jobs.ts';
import { coreUserAgent, type CoreEnvironment } from './core-environment.ts';
import { actionsHandlers } from './handlers/actions.ts';
import { appHandlers } from './handlers/app.ts';
import { breachHandlers } from './handlers/breach.ts';
import { clipboardHandlers } from './handlers/clipboard.ts';
import type { HandlerContext } from './handlers/context.ts';
import { corporaHandlers } from './handlers/corpora.ts';
import { directoryHandlers } from './handlers/directory.ts';
import { firstRunHandlers } from './handlers/first-run.ts';
import { jobsHandlers } from './handlers/jobs.ts';
import { mfaHandlers } from './handlers/mfa.ts';
import { createPasswordSittings, passwordHandlers, type PasswordCoreOptions } from './handlers/password.ts';
import { practiceHandlers } from './handlers/practice.ts';
import { recoveryHandlers } from './handlers/recovery.ts';
import { reportHandlers } from './handlers/reports.ts';
import { servicesHandlers } from './handlers/services.ts';
import { staffHandlers } from './handlers/staff.ts';
import { storeHandlers } from './handlers/store.ts';
import { walkthroughHandlers } from './handlers/walkthrough.ts';
import { watchHandlers } from './handlers/watch.ts';
import { createSecretCopier, type SecretCopier } from './secret-copier.ts';
import type { Handlers } from './router.ts';

// The handlers behind every call of the contract: one file per area under handlers/, each given
// the same context; this file only builds that context and assembles them.

/** What createCore (core.ts) shares with the handlers; a test of other calls may leave each out. */
export interface HandlerParts {
  /** Default: coreUserAgent(environment.appInfo). */
  userAgent?: string;
  /** The runner long work goes through, wired to the router's job events; without one, jobs run but their events go nowhere. */
  jobs?: JobRunner;
  /** The password audit's sittings (createCore passes the ones it ends on close) and test tuning. */
  password?: PasswordCoreOptions & { sittings?: PasswordSittings };
  secretCopier?: SecretCopier;
}

export function createHandlers(environment: CoreEnvironment, parts: HandlerParts = {}): Handlers {
  const userAgent = parts.userAgent ?? coreUserAgent(environment.appInfo);
  const context: HandlerContext = {
    environment,
    host: environment.store,
    jobs: parts.jobs ?? createCoreJobs(environment, userAgent, () => {}),
    userAgent,
    csvDelimiter: csvDelimiterFor(environment.systemLocale ?? processLocale()),
  };
  const password = parts.password ?? {};

  return {
    ...appHandlers(context),
    ...storeHandlers(context),
    ...practiceHandlers(context),
    ...staffHandlers(context),
    ...servicesHandlers(context),
    ...corporaHandlers(context),
    ...breachHandlers(context),
    ...watchHandlers(context),
    ...jobsHandlers(context),
    ...mfaHandlers(context),
    ...walkthroughHandlers(context),
    ...firstRunHandlers(context),
    ...directoryHandlers(context),
    ...passwordHandlers(context, { sittings: password.sittings ?? createPasswordSittings(password), pwned: password.pwned }),
    ...reportHandlers(context),
    ...actionsHandlers(context),
    ...clipboardHandlers(parts.secretCopier ?? createSecretCopier(environment.clipboard)),
    ...recoveryHandlers(context),
  };
}
