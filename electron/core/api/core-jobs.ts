import { breachCheckJob, type BreachJobOptions } from '../breach/check-staff-job.ts';
import { corpusImportJob } from '../breach/local-corpus-job.ts';
import { createJobRunner, type JobRunner } from '../jobs/job-runner.ts';
import { reportJob } from '../report/report-job.ts';
import type { CoreEnvironment } from './core-environment.ts';
import type { JobEvent } from '../model/job-event.ts';
import type { Logger } from './router.ts';

// The job runner of one core, with every kind of long work the app knows.

export interface CoreJobOptions {
  /** Tuning of the "check all staff" job (tests: short timeouts, few retries). */
  breach?: Pick<BreachJobOptions, 'checker' | 'concurrency'>;
}

/** `userAgent`: the core's (coreUserAgent), built once by createCore and shared with the handlers. */
export function createCoreJobs(
  environment: CoreEnvironment,
  userAgent: string,
  emit: (event: JobEvent) => void,
  logger: Logger = console,
  options: CoreJobOptions = {},
): JobRunner {
  return createJobRunner({
    host: environment.store,
    kinds: [breachCheckJob({ secrets: environment.store.secrets, userAgent, ...options.breach }), corpusImportJob(), reportJob(environment.reportProcess)],
    emit,
    logger,
  });
}
