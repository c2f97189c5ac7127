import { breachCheckJob, type BreachJobOptions } from '../breach/check-staff-job.ts';
import { corpusImportJob } from '../breach/local-corpus-job.ts';
import { createJobRunner, type JobRunner } from '../jobs/job-runner.ts';
import type { CoreEnvironment } from './core-environment.ts';
import type { JobEvent } from '../model/job-event.ts';
import type { Logger } from './router.ts';

// The job runner of one core, with every kind of long work the app knows.

export interface CoreJobOptions {
  /** Tuning of the "check all staff" job (tests: short timeouts, few retries). */
  breach?: Pick<BreachJobOptions, 'checker' | 'concurrency'>;
}

export function createCoreJobs(
  environment: CoreEnvironment,
  emit: (event: JobEvent) => void,
  logger: Logger = console,
  options: CoreJobOptions = {},
): JobRunner {
  const userAgent = `${environment.appInfo.name}/${environment.appInfo.version}`;
  return createJobRunner({
    host: environment.store,
    kinds: [breachCheckJob({ secrets: environment.store.secrets, userAgent, ...options.breach }), corpusImportJob()],
    emit,
    logger,
  });
}
