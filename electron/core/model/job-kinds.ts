// The kinds of long work (a job's, a JobEvent's and a JobSnapshot's `kind`): the engine starts
// jobs of these kinds, and the pages pick the events of theirs by it.

/** "Check all staff" against the breach sources (breach/check-staff-job.ts). */
export const BREACH_JOB_KIND = 'breach-check';
/** A local breach corpus read into the store (breach/local-corpus-job.ts). */
export const CORPUS_IMPORT_JOB_KIND = 'corpus-import';
/** The compliance report built and rendered in a worker thread (report/report-job.ts). */
export const REPORT_JOB_KIND = 'report-generate';
